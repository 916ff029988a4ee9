# Caravane — sheets (ar).

## قراءة جدول العارضين

sheets-at = السطر { $line }، العمود «{ $column }»
sheets-line = السطر { $line }
sheets-field-name = اسم
sheets-field-province = إقليم
sheets-field-family = شعبة
sheets-unclosed-quote = علامة اقتباس (") تفتح هذه الخانة ولا تُغلق أبدا: ستُقرأ بقية الملف كأنها هذه الخانة وحدها
sheets-unclosed-quote-action = أغلق علامة الاقتباس في آخر الخانة، أو احذفها (علامة الاقتباس داخل خانة بين علامتي اقتباس تُكتب مرتين: "")
sheets-header-unreadable = تتعذر قراءة سطر العناوين: { $why }
sheets-header-unreadable-action = احفظ الورقة بصيغة CSV (بفاصل ; أو ,) مع أسماء الأعمدة في السطر الأول
sheets-missing-column = لا يوجد عمود يعطي { $field } العارض؛ الأعمدة هي: { $columns }
sheets-missing-column-action = أضف عمودا يحمل أحد هذه الأسماء: { $names }
sheets-row-unreadable = تتعذر قراءة السطر: { $why }
sheets-row-unreadable-action = تحقق من علامات الاقتباس في هذا السطر
sheets-no-name = ليس للعارض اسم
sheets-no-name-action = اكتب اسمه
sheets-bad-form = «{ $value }» ليس شكلا قانونيا يعرفه Caravane
sheets-bad-form-action = اكتب coopérative أو association أو entreprise sociale
sheets-bad-yes-no = «{ $value }» ليس نعم ولا لا
sheets-bad-yes-no-action = اكتب oui أو non
sheets-bad-staff = «{ $value }» ليس عددا من الأشخاص
sheets-bad-staff-action = اكتب عدد الأشخاص الذين يشرفون على الرواق: 1، 2…
sheets-duplicate-id = المعرف «{ $id }» مستعمل في سطر سابق
sheets-duplicate-id-action = أعط لكل عارض معرفا خاصا به

## اسم لا يعرفه ملف المكان

sheets-unknown-province = إقليم غير معروف «{ $value }» في ملف المكان
sheets-unknown-family = شعبة غير معروفة «{ $value }» في ملف المكان
sheets-unknown-session = ورشة غير معروفة «{ $value }» في ملف المكان
sheets-did-you-mean = { $cause }: هل تقصد { $item }؟
sheets-then = { $cause }. { $more }
sheets-after-question = { $cause } { $more }
sheets-known-provinces = الأقاليم المعروفة: { $items }
sheets-known-families = الشعب المعروفة: { $items }
sheets-known-sessions = الورشات المعروفة: { $items }
sheets-no-provinces = لا يضم ملف المكان أي إقليم.
sheets-no-families = لا يضم ملف المكان أي شعبة.
sheets-no-sessions = لا يضم ملف المكان أي ورشة.
sheets-item = «{ $id }» ({ $name })
sheets-item-id = «{ $id }»
sheets-in-all = … ({ $count } في المجموع)
sheets-write-closest-province = اكتب «{ $name }» إن كان هو المقصود، أو اسم إقليم آخر من ملف المكان أو معرفه
sheets-write-closest-family = اكتب «{ $name }» إن كانت هي المقصودة، أو اسم شعبة أخرى من ملف المكان أو معرفها
sheets-write-closest-session = اكتب «{ $name }» إن كانت هي المقصودة، أو عنوان ورشة أخرى من ملف المكان أو معرفها
sheets-write-province = اكتب اسم أحد أقاليم ملف المكان أو معرفه
sheets-write-family = اكتب اسم إحدى شعب ملف المكان أو معرفها
sheets-write-session = اكتب عنوان إحدى ورشات ملف المكان أو معرفها
