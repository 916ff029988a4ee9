# Caravane — sheets (ar).

## قراءة جدول العارضين

sheets-at = السطر { $line }، العمود «{ $column }»
sheets-line = السطر { $line }
sheets-field-name = اسم العارض
sheets-field-province = إقليم العارض
sheets-field-family = شعبة العارض
sheets-unclosed-quote = علامة اقتباس (") تفتح هذه الخانة ولا تُغلق أبدا: ستُقرأ بقية الملف كأنها هذه الخانة وحدها
sheets-unclosed-quote-action = أغلق علامة الاقتباس في آخر الخانة، أو احذفها (علامة الاقتباس داخل خانة بين علامتي اقتباس تُكتب مرتين: "")
sheets-header-unreadable = تتعذر قراءة سطر العناوين: { $why }
sheets-header-unreadable-action = احفظ الورقة بصيغة CSV (بفاصل ; أو ,) مع أسماء الأعمدة في السطر الأول
sheets-missing-column = لا يوجد عمود يعطي { $field }؛ الأعمدة هي: { $columns }
sheets-missing-column-action = أضف عمودا يحمل أحد هذه الأسماء: { $names }
sheets-row-unreadable = تتعذر قراءة السطر: { $why }
sheets-row-unreadable-action = تحقق من علامات الاقتباس في هذا السطر
sheets-no-name = ليس للعارض اسم
sheets-no-name-action = اكتب اسمه
sheets-bad-yes-no = «{ $value }» ليس نعم ولا لا
sheets-bad-yes-no-action = اكتب oui أو non
sheets-bad-staff = «{ $value }» ليس عددا من الأشخاص
sheets-bad-staff-action = اكتب عدد الأشخاص الذين يشرفون على الرواق: 1، 2…
sheets-duplicate-id = المعرف «{ $id }» مستعمل في سطر سابق
sheets-duplicate-id-action = أعط لكل عارض معرفا خاصا به

## اسم لا تعرفه أي قائمة

sheets-unknown = { $kind ->
    [province] إقليم غير معروف «{ $value }»
    [family] شعبة غير معروفة «{ $value }»
    [session] ورشة غير معروفة «{ $value }»
    [form] شكل قانوني غير معروف «{ $value }»
    [need] حاجة «{ $value }» لا يوفرها أي رواق
   *[equipment] تجهيز «{ $value }» لا تتوفر عليه أي قاعة
}
sheets-did-you-mean = { $cause }: هل تقصد { $item }؟ { $more }
sheets-then = { $cause }. { $more }
sheets-possible = القيم الممكنة: { $items }
sheets-none = { $cause }: { $kind ->
    [province] لا يضم ملف المكان أي إقليم
    [family] لا يضم ملف المكان أي شعبة
    [session] لا يضم البرنامج أي ورشة
    [need] لا يتوفر أي رواق في المكان على تجهيز
   *[other] القائمة فارغة
}.
sheets-item = «{ $id }» ({ $name })
sheets-item-id = «{ $id }»
sheets-in-all = … ({ $count } في المجموع)
sheets-write-closest = اكتب «{ $name }» إن كان هو المقصود، أو إحدى القيم الممكنة
sheets-write-one = { $kind ->
    [province] اكتب اسم أحد أقاليم ملف المكان أو معرفه
    [family] اكتب اسم إحدى شعب ملف المكان أو معرفها
    [session] اكتب عنوان إحدى ورشات البرنامج أو معرفها
    [form] اكتب coopérative أو association أو entreprise sociale
    [need] اكتب أحد تجهيزات الأروقة، أو أضفه إلى الأروقة التي توفره
   *[equipment] اكتب أحد تجهيزات القاعات، أو أضفه إلى القاعة التي تتوفر عليه
}

## عنوان المحطة ومدينتها ومكانها وتواريخها (خيارات caravane import)

sheets-bad-date = «{ $value }» ليس تاريخا موجودا (YYYY-MM-DD)
sheets-bad-date-action = اكتب التاريخ هكذا: 2025-11-07
sheets-dates-reversed = ستُفتتح المحطة في { $from } بعد اختتامها في { $to }
sheets-dates-reversed-action = أعط للخيار --from اليوم الأول وللخيار --to اليوم الأخير

## ورقة الورشات والقاعات والحصص

sheets-field-title = عنوان الورشة
sheets-field-room-name = اسم القاعة
sheets-field-room-seats = مقاعد القاعة
sheets-no-title = ليس للورشة عنوان
sheets-no-title-action = اكتب عنوانها
sheets-bad-count = { $field ->
    [length] «{ $value }» ليس عددا من الحصص
   *[seats] «{ $value }» ليس عددا من المقاعد
}
sheets-bad-count-action = { $field ->
    [length] اكتب عدد الحصص المتتالية التي تستغرقها: 1، 2…
   *[seats] اكتب عددا من المقاعد: 20، 40…
}
sheets-duplicate-session = المعرف «{ $id }» هو معرف ورشة في سطر سابق
sheets-duplicate-session-action = أعط لكل ورشة معرفا خاصا بها أو عنوانا خاصا بها
sheets-duplicate-room = القاعة «{ $id }» موجودة في سطر سابق
sheets-duplicate-room-action = أعط لكل قاعة اسما خاصا بها
sheets-bad-room = «{ $value }» لا يحدد قاعة
sheets-bad-room-action = اكتب الاسم ثم نقطتين ثم عدد المقاعد، وعند الحاجة نقطتين والتجهيزات: "Tente des rencontres:40:sono"
sheets-bad-slot = «{ $value }» ليس حصة
sheets-bad-slot-action = اكتب البداية والنهاية، ثم عند الحاجة الإقبال (calme أو normal أو affluence): 10:00-11:30 calme, 15:00-16:30
sheets-slots-overlap = الحصص «{ $value }» متداخلة
sheets-slots-overlap-action = اجعل بداية كل حصة بعد نهاية الحصة التي قبلها
sheets-bad-busy-day = «{ $value }» ليس يوما من أيام الأسبوع ولا تاريخا (YYYY-MM-DD)
sheets-bad-busy-day-action = اكتب أياما مثل samedi وdimanche، أو تواريخ مثل 2025-11-08
sheets-extra-columns = ملاحظة: أعمدة محفوظة كما هي للتصدير: { $columns }
sheets-programme-read = البرنامج: { $sessions ->
    [zero] لا ورشة
    [one] ورشة واحدة
    [two] ورشتان
    [few] { $sessions } ورشات
   *[other] { $sessions } ورشة
}، { $rooms ->
    [zero] لا قاعة
    [one] قاعة واحدة
    [two] قاعتان
    [few] { $rooms } قاعات
   *[other] { $rooms } قاعة
}، { $slots ->
    [zero] لا حصة
    [one] حصة واحدة
    [two] حصتان
    [few] { $slots } حصص
   *[other] { $slots } حصة
}

## مساعدة خيارات caravane import

sheets-arg-sessions-sheet = ورقة الورشات محفوظة بصيغة CSV (titre، thème، durée، places، besoins، animation)
sheets-arg-room = قاعة: «الاسم:المقاعد[:التجهيزات]»، مثلا «Tente des rencontres:40:sono» (يُكرر)
sheets-arg-rooms = ورقة القاعات محفوظة بصيغة CSV (nom، places، équipements)
sheets-arg-slot-times = حصص كل يوم من أيام المحطة: «10:00-11:30 calme, 15:00-16:30, 17:30-19:00 affluence»
sheets-arg-busy-days = الأيام التي تصبح فيها الحصة ذات الإقبال العادي مزدحمة: «samedi,dimanche» أو تواريخ
sheets-arg-title = عنوان المحطة
sheets-arg-town = المدينة المضيفة
sheets-arg-place = الساحة أو القاعة
sheets-arg-from = اليوم الأول، YYYY-MM-DD
sheets-arg-to = اليوم الأخير، YYYY-MM-DD

# Registrations in the sheet while the stop has no programme at all.
sheets-no-programme = { $rows ->
    [one] سطر واحد يسجّل في لقاءات
   *[other] { $rows } سطرا تسجّل في لقاءات (أولها: السطر { $first })
} لكن البرنامج لا يتضمن أي لقاء
sheets-no-programme-action = قدّموا البرنامج بواسطة ‎--sessions-sheet SESSIONS.csv (مع ‎--rooms و‎--slot-times)، أو أفرغوا هذا العمود
