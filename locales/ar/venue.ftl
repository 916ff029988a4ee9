# Caravane — venue (ar).

## قراءة جدول الأروقة

venue-at = السطر { $line }، العمود { $letter } «{ $column }»
venue-line = السطر { $line }
venue-header-unreadable = تعذرت قراءة سطر أسماء الأعمدة: { $why }
venue-header-unreadable-action = احفظوا الجدول بصيغة CSV (بفاصل ; أو ,) مع أسماء الأعمدة في السطر الأول
venue-missing-column = لا يوجد عمود يعطي { $field ->
    [id] معرّف الرواق
    [x] الموضع x
    [y] الموضع y
    [width] العرض
   *[depth] العمق
}؛ الأعمدة هي: { $columns }
venue-missing-column-action = أضيفوا عمودا بأحد هذه الأسماء: { $names }
venue-row-unreadable = تعذرت قراءة السطر: { $why }
venue-row-unreadable-action = تحققوا من علامات الاقتباس في هذا السطر
venue-bad-kind = «{ $value }» ليس نوع سطر يعرفه Caravane. القيم الممكنة: { $valid }
venue-bad-kind-meant = «{ $value }» ليس نوع سطر يعرفه Caravane: هل تقصدون «{ $meant }»؟ القيم الممكنة: { $valid }
venue-bad-kind-action = اتركوا الخانة فارغة للرواق، أو اكتبوا entrée (مدخل) أو rue (شارع) أو repère (معلم) لما يحيط بالأروقة
venue-no-number = { $field ->
    [x] الموضع x
    [y] الموضع y
    [width] العرض
   *[depth] العمق
} غير مذكور
venue-no-number-action = اكتبوا { $field ->
    [x] الموضع x (الحافة الغربية)
    [y] الموضع y (الحافة الشمالية)
    [width] العرض (من الشرق إلى الغرب)
   *[depth] العمق (من الشمال إلى الجنوب)
} بالأمتار
venue-bad-number = «{ $value }» ليس عددا من الأمتار { $field ->
    [x] للموضع x
    [y] للموضع y
    [width] للعرض
   *[depth] للعمق
}
venue-bad-number-action = اكتبوا عددا من الأمتار، بفاصلة أو نقطة للكسور العشرية: 3 أو 2,5
venue-landmark-no-name = هذا المعلم بلا اسم
venue-landmark-no-name-action = اكتبوا الاسم الذي يجب أن يظهر على التصميم («المدخل الرئيسي»، «شارع محمد الخامس»…)
venue-no-id = الرواق بلا معرّف
venue-no-id-action = اكتبوا الرقم المرسوم على الأرض (A01، B12…)، أو نوعا (entrée، rue، repère) إن لم يكن السطر رواقا
venue-duplicate-id = المعرّف «{ $id }» هو معرّف الرواق في السطر { $first }
venue-duplicate-id-action = أعطوا كل رواق معرّفا خاصا به
venue-bad-front = «{ $value }» ليست واجهة. القيم الممكنة: { $valid }
venue-bad-front-meant = «{ $value }» ليست واجهة: هل تقصدون «{ $meant }»؟ القيم الممكنة: { $valid }
venue-bad-front-action = اكتبوا الجهة التي يمر منها الزوار: nord أو sud أو est أو ouest (الشمال، الجنوب، الشرق، الغرب)، أو اتركوا الخانة فارغة
venue-zone-name-alone = اسم المنطقة «{ $name }» مذكور دون منطقة
venue-zone-name-alone-action = اكتبوا معرّف المنطقة في عمود المنطقة، أو أفرغوا الخانة
venue-zone-named-twice = المنطقة «{ $zone }» مسماة «{ $name }» هنا و«{ $other }» في السطر { $first }
venue-zone-named-twice-action = أعطوا كل منطقة اسما واحدا (تكفي كتابته مرة واحدة)
venue-tag-slip = خاصية غير معروفة «{ $value }»: هل تقصدون «{ $meant }» ({ $id })؟ القيم المعتادة: électricité، eau، couvert، angle، privilégié، double
venue-tag-slip-action = اكتبوا «{ $meant }» إن كانت هي المقصودة؛ وتُحفظ أي كلمة أخرى كما هي إن لم تشبه أي خاصية معتادة
venue-neighbour-unknown-action = اكتبوا معرّف رواق من الجدول
venue-neighbour-self = الرواق «{ $stand }» يذكر نفسه جارا له
venue-neighbour-self-action = احذفوا معرّفه من عمود الجيران
venue-no-stands = لا يتضمن الجدول أي رواق
venue-no-stands-action = أضيفوا سطرا لكل رواق، بمعرّفه وx وy وعرضه وعمقه

## المعالم (تحقق ملف المحطة)

venue-landmark-number = المعلم «{ $name }» { $field ->
    [x] موضعه x يساوي
    [y] موضعه y يساوي
    [width] عرضه
    [depth] عمقه
   *[other] قيمة { $field } فيه
} { $value }
venue-landmark-size-action = أعطوا { $field ->
    [width] عرض المعلم (من الشرق إلى الغرب)
   *[depth] عمق المعلم (من الشمال إلى الجنوب)
} بالأمتار: من 0 (نقطة أو خط) إلى { $max }
venue-landmark-name-empty = المعلم بلا اسم

## صفوف الأروقة

venue-grid-no-stand = «{ $item }» لا يدل على أي رواق من الشبكة (من A01 إلى { $last })
venue-grid-no-stand-meant = «{ $item }» لا يدل على أي رواق من الشبكة (من A01 إلى { $last }): هل تقصدون «{ $meant }»؟
venue-grid-no-stand-action = اكتبوا رواقا (A01) أو أروقة من صف واحد (A01-A05) أو صفوفا (E-F) أو أعمدة (1-4)، مفصولة بفواصل
venue-grid-rows = { $value } صفا: تضم الشبكة من 1 إلى 26 صفا (حرف لكل صف)
venue-grid-rows-action = أعطوا --rows عددا من 1 إلى 26
venue-grid-per-row = { $value } رواقا في الصف: تضم الشبكة من 1 إلى 99 رواقا في الصف (رقمان لكل رواق)
venue-grid-per-row-action = أعطوا --per-row عددا من 1 إلى 99
venue-grid-size = قيمة { $option } هي { $value } م
venue-grid-size-action = أعطوا عددا من الأمتار أكبر من 0 ولا يتجاوز { $max }
venue-grid-cross-aisle = لا يمكن وضع ممر عرضي بعد الرواق { $value }: يضم الصف { $last } رواقا
venue-grid-cross-aisle-action = أعطوا رقم رواق من 1 إلى { $last }
venue-grid-too-large = ستمتد الشبكة على { $east } م من الغرب إلى الشرق و{ $south } م من الشمال إلى الجنوب
venue-grid-too-large-action = لا تتجاوز الساحة { $max } م: قللوا الصفوف أو الأروقة أو الممرات
venue-grid-prime-no-entrance = يتطلب --prime entrance معرفة جهة المدخل
venue-grid-prime-no-entrance-action = أضيفوا --entrance north أو south أو east أو west
venue-grid-prime-word = «{ $value }» لا يدل على أروقة ولا على مجموعة من الأروقة
venue-grid-prime-word-meant = «{ $value }» لا يدل على أروقة ولا على مجموعة من الأروقة: هل تقصدون «{ $meant }»؟
venue-grid-prime-word-action = اكتبوا أروقة (A01-A03، C05) أو إحدى هذه الكلمات: { $words }
venue-grid-zone-shape = «{ $value }» لا يعطي منطقة وأروقتها
venue-grid-zone-shape-action = اكتبوا ZONE=STANDS، مثلا entrance=E-F أو centre=C01-D12
venue-grid-two-zones = سيكون الرواق { $stand } في المنطقة «{ $zone }» وفي المنطقة «{ $other }»
venue-grid-two-zones-action = أعطوا كل رواق منطقة واحدة
venue-grid-tag-shape = «{ $value }» لا يعطي خاصية وأروقتها
venue-grid-tag-shape-action = اكتبوا TAG=STANDS، مثلا electricity=A01-A05,C03

## الأمر

venue-bad-date = «{ $value }» ليس تاريخا
venue-bad-date-action = اكتبوا التاريخ على شكل YYYY-MM-DD، مثلا 2025-11-07
venue-bad-metres = «{ $value }» ليس عددا من الأمتار للخيار { $option }
venue-bad-metres-action = اكتبوا عددا من الأمتار، بفاصلة أو نقطة للكسور العشرية: 4 أو 4,5
venue-bad-stand-size = «{ $value }» ليس مقاس رواق
venue-bad-stand-size-action = اكتبوا العرضxالعمق بالأمتار، مثلا 3x3 أو 2,5x3
venue-bad-facing = «{ $value }» ليس ترتيبا للصفوف
venue-bad-facing-action = اكتبوا أحد هذه الترتيبات: { $words }
venue-bad-side = «{ $value }» ليس جهة من جهات الساحة
venue-bad-side-action = اكتبوا north أو south أو east أو west (أو nord، sud، est، ouest)
venue-entrance-name = المدخل
venue-holds = { $stands ->
    [one] رواق واحد
    [two] رواقان
    [few] { $stands } أروقة
    [many] { $stands } رواقا
   *[other] { $stands } رواق
}، منها { $prime ->
    [zero] لا رواق متميز
    [one] رواق متميز واحد
    [two] رواقان متميزان
    [few] { $prime } أروقة متميزة
    [many] { $prime } رواقا متميزا
   *[other] { $prime } رواق متميز
}، { $zones ->
    [zero] بلا منطقة
    [one] في منطقة واحدة
    [two] في منطقتين
    [few] في { $zones } مناطق
    [many] في { $zones } منطقة
   *[other] في { $zones } منطقة
}، { $landmarks ->
    [zero] بلا معلم
    [one] معلم واحد
    [two] معلمان
    [few] { $landmarks } معالم
    [many] { $landmarks } معلما
   *[other] { $landmarks } معلم
}
venue-ignored-columns = أعمدة لم تُقرأ: { $columns }

## المساعدة

venue-about = ينشئ ملف المكان من جدول الأروقة أو من بضعة أعداد
venue-about-import = ينشئ ملف المكان من جدول الأروقة (CSV، بفاصل «;» أو «,»، بترميز UTF-8 أو Windows-1252)
venue-about-grid = ينشئ ملف المكان على شكل صفوف من الأروقة
venue-examples-import =
    مثال:
      جدول أروقة تارودانت، مع أقاليم الجهة وشعبها وقواعدها:
        caravane venue import instances/taroudant-2025.stands.csv --town Taroudant \
          --place "Place du 20 Août" --from 2025-11-07 --to 2025-11-12 -o taroudant.venue.json
venue-examples-grid =
    أمثلة:
      ستة صفوف من 12 رواقا مقاس 3 × 3 م، متقابلة مثنى مثنى، يقطعها ممر بعد الرواق السادس؛
      المدخل في الجنوب، والأروقة المحاذية للممر متميزة، وثلاث مناطق، والكهرباء في صفين:
        caravane venue grid --rows 6 --per-row 12 --cross-aisle 6 --entrance south --prime cross-aisle \
          --zone back=A-B --zone centre=C-D --zone entrance=E-F --tag electricity=E-F \
          --town Tiznit --from 2025-11-21 --to 2025-11-24 -o tiznit.venue.json
      جزيرتان من أروقة مقاس 6 × 3 م ظهرا لظهر، وأطراف الصفوف متميزة، والماء في ثلاثة أروقة:
        caravane venue grid --rows 4 --per-row 8 --stand 6x3 --facing back-to-back --prime ends \
          --tag water=B01-B03 --town Tata --from 2025-12-05 -o tata.venue.json
venue-arg-title = اسم المحطة (افتراضيا: المدينة، أو اسم الملف المكتوب)
venue-arg-town = المدينة المضيفة
venue-arg-place = الساحة أو القاعة
venue-arg-from = يوم الافتتاح، YYYY-MM-DD (افتراضيا: اليوم)
venue-arg-to = يوم الاختتام، YYYY-MM-DD (افتراضيا: يوم الافتتاح)
venue-arg-like = ملف محطة تؤخذ منه الأقاليم والشعب والقواعد والقاعات والفترات والجلسات (افتراضيا: قوائم جهة سوس ماسة وقواعدها، دون جلسات)
venue-arg-output = ملف المكان المراد كتابته
venue-arg-stands = جدول الأروقة محفوظا بصيغة CSV
venue-arg-import-aisle = أوسع ممر، بالأمتار، تتقابل عبره واجهتا رواقين
venue-arg-grid-aisle = عرض الممرات بالأمتار
venue-arg-rows = عدد الصفوف، مرقمة بالحروف A وB… من الشمال
venue-arg-per-row = عدد الأروقة في كل صف، مرقمة 01 و02… من الغرب
venue-arg-stand = مقاس الرواق، العرضxالعمق بالأمتار
venue-arg-facing = كيف تتقابل الصفوف: pairs (متقابلة مثنى مثنى)، back-to-back (ظهرا لظهر مثنى مثنى)، all-south أو all-north (كلها مفتوحة نحو الجنوب أو الشمال)
venue-arg-cross-aisle = يقطع كل صف بممر عرضي بعد أرقام الأروقة هذه (6 أو 4,8)
venue-arg-prime = الأروقة المتميزة: corners (الزوايا)، ends (أطراف الصفوف)، cross-aisle (المحاذية للممر العرضي)، entrance (الأقرب إلى المدخل)، أو أروقة (A01-A03,C05)
venue-arg-zone = منطقة: ZONE=STANDS (entrance=E-F، centre=C-D)؛ تُكرر لكل منطقة
venue-arg-tag = خاصية على أروقة: TAG=STANDS (electricity=A01-A05,C03)؛ تُكرر عند الحاجة
venue-arg-entrance = الجهة التي يدخل منها الزوار: north أو south أو east أو west
