# Caravane — التحقق من ملفات المحطات والجولات والحلول (ar).
#
# تبقى الرموز ([unknown-field]…) ومسارات JSON ($.exhibitors[3].province) والمعرّفات وأسماء
# الحقول كما هي. $what نوع العنصر (province, family, stand, exhibitor, room, slot, session,
# town, venue, itinerary) و$list قائمة من قوائم الملف (provinces, families…).

## المشكلة كما تُقرأ

val-diagnostic-head = خطأ [{ $code }] في { $path }
val-diagnostic-head-at = خطأ [{ $code }] في { $path } (السطر { $line }، العمود { $column })
val-diagnostic-cause = السبب:
val-diagnostic-action = الإجراء:
val-report-count = { $count ->
    [zero] لا مشكلة
    [one] مشكلة واحدة
    [two] مشكلتان
    [few] { $count } مشاكل
    [many] { $count } مشكلة
   *[other] { $count } مشكلة
}

## الاقتباس والتعداد

val-quote = «{ $text }»
val-item-named = «{ $id }» ({ $name })
val-comma = {"، "}
val-and = { $first } و{ $last }
val-or = { $first } أو { $last }

## ملف من نوع آخر

val-kind-stop = ملف محطة
val-kind-tour = ملف جولة
val-kind-solution = ملف حل
val-use-stop = تحققوا منه بالأمر `{ $validate }` أو احسبوا مخططه بالأمر `{ $solve }`
val-use-tour = تحققوا منه بالأمر `{ $validate }` أو خططوا للجولة بالأمر `{ $tour }`
val-use-solution = افحصوه بالأمر `{ $check }`
val-another-kind = هذا { $kind } ("format": "{ $format }")، وليس { $wanted }
val-another-kind-action = { $use_it }؛ أما هنا فقدموا { $wanted } ({ $named })
val-format = الصيغة هي { $format } وليست { $expected }
val-format-action = اكتبوا "format": "{ $expected }"
val-format-solution-action = اكتبوا "format": "{ $expected }" أو استعملوا ملف حل من Caravane

## ملف تتعذر قراءته

val-io-not-found = الملف غير موجود
val-io-not-found-action = تحققوا من اسم الملف ومن المجلد الذي يوجد فيه
val-io-denied = تتعذر قراءة الملف: الوصول مرفوض
val-io-denied-action = تحققوا من صلاحيات قراءة الملف، أو انسخوه إلى مجلد من مجلداتكم
val-io-not-utf8 = الملف ليس نصا بترميز UTF-8 (ربما حُفظ بترميز Windows-1252 أو UTF-16)
val-io-not-utf8-action = احفظوه بترميز UTF-8 (في محرر النصوص: «حفظ باسم» ثم الترميز UTF-8)
val-io-folder = هذا مجلد وليس ملفا
val-io-folder-action = أعطوا مسار ملف داخل هذا المجلد
val-io-other = تتعذر قراءة الملف («{ $detail }»)
val-io-other-action = تحققوا من اسم الملف ومن أنه نص بترميز UTF-8

## JSON مكتوب بشكل غير صحيح (يُذكر السطر والعمود مع المشكلة)

val-json-eof = ينتهي الملف قبل أوانه (هل هو مبتور؟): تنقص قيمة في آخره
val-json-eof-list = ينتهي الملف قبل أوانه (هل هو مبتور؟): قائمة [ … ] لم تُغلق
val-json-eof-object = ينتهي الملف قبل أوانه (هل هو مبتور؟): كائن {"{"} … {"}"} لم يُغلق
val-json-eof-string = ينتهي الملف قبل أوانه (هل هو مبتور؟): نص بين علامتي تنصيص لم يُغلق
val-json-eof-action = استرجعوا الملف كاملا، أو أغلقوا ما بقي مفتوحا (علامة التنصيص " أو القوس ] أو القوس {"}"})
val-json-object-comma = تنقص فاصلة بين حقلين من حقول كائن، أو الكائن غير مغلق كما يجب (يُنتظر القوس {"}"})
val-json-list-comma = تنقص فاصلة بين عنصرين من عناصر قائمة، أو القائمة غير مغلقة كما يجب (يُنتظر القوس ])
val-json-comma-action = أضيفوا الفاصلة الناقصة قبل هذا الموضع مباشرة، أو صححوا قوس الإغلاق
val-json-colon = تنقص النقطتان: يأتي بعد اسم الحقل «:» ثم قيمته
val-json-colon-action = اكتبوا في هذا الموضع "الاسم": القيمة
val-json-value = يُنتظر هنا قيمة (نص بين علامتي تنصيص، أو عدد، أو true أو false أو null، أو قائمة أو كائن)
val-json-value-action = ابحثوا عن فاصلة زائدة قبل هذا الموضع، أو عن نص كُتب بلا علامتي تنصيص
val-json-ident = كلمة غير معروفة: في JSON لا يُكتب بلا علامتي تنصيص إلا true وfalse وnull
val-json-ident-action = ضعوا هذا النص بين علامتي تنصيص مزدوجتين ("هكذا")
val-json-key = يُكتب اسم الحقل بين علامتي تنصيص مزدوجتين
val-json-key-action = اكتبوا "الاسم": القيمة (بلا علامات تنصيص مفردة، وبلا فاصلة زائدة قبل قوس الإغلاق)
val-json-trailing-comma = فاصلة زائدة قبل نهاية قائمة أو كائن
val-json-trailing-comma-action = احذفوا هذه الفاصلة
val-json-trailing = يوجد نص بعد نهاية JSON (قوس إغلاق زائد؟)
val-json-trailing-action = احذفوا ما يلي قوس الإغلاق الأخير: لا يحتوي الملف إلا على كائن واحد
val-json-escape = شرطة مائلة عكسية \ في غير موضعها داخل نص بين علامتي تنصيص
val-json-escape-action = ضاعفوا الشرطة (\\) أو احذفوها؛ ويُكتب مسار Windows هكذا C:\\dossier
val-json-unicode-escape = تسلسل \u غير سليم داخل نص بين علامتي تنصيص
val-json-unicode-escape-action = اكتبوا \u متبوعة بأربعة أرقام ست عشرية (\u00e9 للحرف é)، أو اكتبوا الحرف نفسه
val-json-number = عدد مكتوب بشكل غير صحيح (في JSON تُكتب الفاصلة العشرية نقطةً: 2.5)
val-json-number-action = اكتبوا العدد بنقطة عشرية، بلا مسافة ولا رمز
val-json-number-range = عدد أكبر من أن يُقرأ
val-json-number-range-action = اكتبوا عددا أصغر
val-json-control = حرف تحكم (جدولة أو سطر جديد…) داخل نص بين علامتي تنصيص: هل تنقص علامة تنصيص الإغلاق؟
val-json-control-action = أغلقوا علامة التنصيص، أو عوّضوا الجدولة أو السطر الجديد بـ \t أو \n
val-json-deep = تداخل عميق جدا (أكثر من 128 مستوى من القوائم والكائنات)
val-json-deep-action = تأكدوا أن هذا الملف من ملفات Caravane
val-json-other = النص ليس JSON صالحا («{ $detail }»)
val-json-other-action = صححوا JSON في هذا السطر وهذا العمود
val-duplicate-key = هذا المفتاح مكتوب مرتين في الكائن نفسه، ولم تُقرأ إلا قيمة واحدة منهما
val-duplicate-key-action = احتفظوا بواحد منهما فقط (يظهر كل مفتاح مرة واحدة في كائن JSON)

## الأقسام والحقول والأنواع

val-not-object = الملف ليس كائن JSON {"{"} … {"}"}
val-not-object-action = { $kind ->
    [tour] ملف الجولة
    [solution] ملف الحل
   *[stop] ملف المحطة
} كائن واحد {"{"} "format": "{ $format }", … {"}"}: تأكدوا أنه الملف الصحيح
val-unknown-section = «{ $section }» ليس قسما من أقسام { $kind ->
    [tour] ملف الجولة
    [solution] ملف الحل
   *[stop] ملف المحطة
}
val-unknown-section-meant = «{ $section }» ليس قسما من أقسام { $kind ->
    [tour] ملف الجولة
    [solution] ملف الحل
   *[stop] ملف المحطة
}: هل تقصدون «{ $meant }»؟
val-unknown-section-action = احذفوه أو صححوا إملاءه؛ الأقسام هي: { $sections }
val-missing-section = لا يحتوي { $kind ->
    [tour] ملف الجولة
    [solution] ملف الحل
   *[stop] ملف المحطة
} على القسم «{ $section }»
val-missing-section-action = أضيفوا القسم «{ $section }» (انظروا وصف الصيغة)
val-not-list = «{ $section }» ليس قائمة
val-not-list-action = اكتبوا «{ $section }» على شكل قائمة JSON [ … ]
val-unknown-field = «{ $field }» ليس حقلا معروفا هنا
val-unknown-field-meant = «{ $field }» ليس حقلا معروفا هنا: هل تقصدون «{ $meant }»؟
val-unknown-field-action = احذفوا هذا الحقل أو صححوا إملاءه؛ الحقول المسموح بها هنا: { $fields }
val-unknown-field-none-action = احذفوا هذا الحقل: هذا الكائن لا يقبل أي حقل
val-missing-field = الحقل الإلزامي «{ $field }» ناقص
val-missing-field-action = أضيفوا الحقل «{ $field }»؛ فهو إلزامي هنا
val-unknown-word = «{ $word }» ليست قيمة مسموحا بها هنا
val-unknown-word-meant = «{ $word }» ليست قيمة مسموحا بها هنا: هل تقصدون «{ $meant }»؟
val-unknown-word-action = اكتبوا { $words }
val-wrong-type = المطلوب هنا { $expected }، وليس { $found }
val-wrong-type-action = اكتبوا { $expected } (انظروا وصف الصيغة)
val-found-text = نص («{ $value }»)
val-found-number = العدد { $value }
val-found-bool = { $value }
val-found-null = null
val-found-list = قائمة
val-found-object = كائن
val-expected-number = عدد
val-expected-whole = عدد صحيح، 0 أو أكثر
val-expected-integer = عدد صحيح
val-expected-text = نص بين علامتي تنصيص
val-expected-bool = true أو false
val-expected-list = قائمة [ … ]
val-expected-object = كائن {"{"} … {"}"}
val-invalid = قيمة غير صالحة («{ $detail }»)
val-invalid-action = أعطوا قيمة من النوع المنتظر هنا (انظروا وصف الصيغة)

## المعرّفات والإحالات

val-empty-id = معرّف { $what ->
    [province] هذا الإقليم
    [family] هذه العائلة
    [stand] هذا الرواق
    [exhibitor] هذا العارض
    [room] هذه القاعة
    [slot] هذه الفترة
    [session] هذه الورشة
    [town] هذه المدينة
    [venue] هذا الفضاء
    [itinerary] هذا المسار
   *[other] هذا العنصر
} فارغ
val-empty-id-action = أعطوا { $what ->
    [province] الإقليم
    [family] العائلة
    [stand] الرواق
    [exhibitor] العارض
    [room] القاعة
    [slot] الفترة
    [session] الورشة
    [town] المدينة
    [venue] الفضاء
    [itinerary] المسار
   *[other] العنصر
} معرّفا قصيرا وفريدا
val-duplicate-id = المعرّف «{ $id }» مستعمل من قبل في { $first }
val-duplicate-id-action = أعطوا لكل { $what ->
    [province] إقليم
    [family] عائلة
    [stand] رواق
    [exhibitor] عارض
    [room] قاعة
    [slot] فترة
    [session] ورشة
    [town] مدينة
    [venue] فضاء
    [itinerary] مسار
   *[other] عنصر
} معرّفا خاصا به (أو احذفوا العنصر المكرر)
val-confusable-id = المعرّف «{ $id }» يحتوي على { $count ->
    [one] حرف غير مرئي ({ $hidden }: حرف تحكم أو حرف منعدم العرض أو حرف اتجاه)
   *[other] أحرف غير مرئية ({ $hidden }: أحرف تحكم أو أحرف منعدمة العرض أو أحرف اتجاه)
}، فيبدو مثل معرّف آخر وهو يختلف عنه
val-confusable-id-action = أعيدوا كتابة المعرّف بأحرف مرئية فقط (حروف وأرقام وشرطات)؛ فهذه الأحرف تأتي مع نص منسوخ من صفحة ويب أو من برنامج لمعالجة النصوص. أما الأسماء فيمكن أن تحتوي على أي نص
val-unknown = { $what ->
    [province] إقليم غير معروف
    [family] عائلة غير معروفة
    [stand] رواق غير معروف
    [exhibitor] عارض غير معروف
    [room] قاعة غير معروفة
    [slot] فترة غير معروفة
    [session] ورشة غير معروفة
    [town] مدينة غير معروفة
    [venue] فضاء غير معروف
    [itinerary] مسار غير معروف
   *[other] قيمة غير معروفة
} «{ $value }»
val-unknown-in = { $cause } في { $place }
val-unknown-meant = { $cause }: هل تقصدون { $item }؟
val-unknown-none = { $cause }؛ القائمة «{ $list }» فارغة
val-unknown-known = { $list ->
    [provinces] الأقاليم المعروفة
    [families] العائلات المعروفة
    [stands] الأروقة المعروفة
    [exhibitors] العارضون المعروفون
    [rooms] القاعات المعروفة
    [slots] الفترات المعروفة
    [sessions] الورشات المعروفة
    [towns] المدن المعروفة
    [venues] الفضاءات المعروفة
    [itineraries] المسارات المعروفة
   *[other] القيم المعروفة
}: { $items }
val-unknown-then = { $cause } { $known }
val-unknown-and = { $cause }. { $known }
val-unknown-more = … ({ $count } في المجموع)
val-unknown-action-meant = اكتبوا «{ $meant }» إن كان هو المقصود، أو صححوا المعرّف، أو أضيفوا { $what ->
    [province] الإقليم
    [family] العائلة
    [stand] الرواق
    [exhibitor] العارض
    [room] القاعة
    [slot] الفترة
    [session] الورشة
    [town] المدينة
    [venue] الفضاء
    [itinerary] المسار
   *[other] العنصر
} إلى «{ $list }»
val-unknown-action = صححوا المعرّف، أو أضيفوا { $what ->
    [province] الإقليم
    [family] العائلة
    [stand] الرواق
    [exhibitor] العارض
    [room] القاعة
    [slot] الفترة
    [session] الورشة
    [town] المدينة
    [venue] الفضاء
    [itinerary] المسار
   *[other] العنصر
} إلى «{ $list }»
val-session-registered-twice = العارض «{ $exhibitor }» مسجل مرتين في الورشة «{ $session }»
val-session-registered-twice-action = اذكروا كل ورشة مرة واحدة
val-facilitator-twice = «{ $facilitator }» مذكور مرتين ضمن مؤطري الورشة «{ $session }»
val-facilitator-twice-action = اذكروا كل مؤطر مرة واحدة (يشغل كل واحد منهم مقعدا)

## الأعداد

val-stand-number = الرواق «{ $stand }» { $field ->
    [x] موضعه x يساوي
    [y] موضعه y يساوي
    [width] عرضه
    [depth] عمقه
   *[other] قيمة { $field } فيه
} { $value }
val-stand-position-action = أعطوا الموضع بالأمتار انطلاقا من زاوية الساحة، بين { $min } و{ $max }
val-stand-size-action = أعطوا { $field ->
    [width] عرض الرواق (من الشرق إلى الغرب)
   *[depth] عمق الرواق (من الشمال إلى الجنوب)
} بالأمتار: أكثر من 0 وعلى الأكثر { $max }
val-aisle = عرض أوسع ممر { $value } م
val-aisle-action = أعطوا عرضا بالأمتار من 0 إلى { $max } (المعتاد { $usual } م)
val-weight = الوزن يساوي { $value }
val-weight-range = الأوزان من 0 إلى { $max } (1e6)؛ الوزن 0 يلغي الحد المعني
val-staff = العارض «{ $exhibitor }» ليس لديه من يشرف على الرواق
val-staff-action = أعطوا عدد الأشخاص الذين يشرفون على الرواق، 1 أو أكثر
val-capacity = القاعة «{ $room }» بلا مقاعد
val-capacity-action = أعطوا عدد المقاعد، 1 أو أكثر، أو احذفوا القاعة
val-length = الورشة «{ $session }» لا تدوم أي فترة
val-length-action = أعطوا عدد الفترات المتتالية، 1 أو أكثر

## التواريخ والأوقات والفترات

val-date = «{ $value }» ليس تاريخا صحيحا بالشكل YYYY-MM-DD
val-date-action = اكتبوا التاريخ بالشكل سنة-شهر-يوم، مثلا 2025-11-07
val-stop-dates = تنتهي المحطة في { $to }، قبل أن تبدأ في { $from }
val-dates-action = اقلبوا التاريخين أو صححوا أحدهما
val-time = «{ $value }» ليس وقتا بالشكل HH:MM
val-time-action = اكتبوا الوقت المحلي بنظام 24 ساعة، مثلا 09:30 أو 17:00
val-slot-ends-early = الفترة «{ $slot }» تنتهي على الساعة { $end }، لا بعد بدايتها على الساعة { $start }
val-slot-ends-early-action = صححوا وقت البداية أو النهاية
val-slot-outside = الفترة «{ $slot }» يوم { $day }، خارج أيام المحطة ({ $dates })
val-slot-outside-action = صححوا اليوم أو تواريخ المحطة
val-slot-overlap = الفترة «{ $slot }» تبدأ على الساعة { $start }، قبل نهاية { $before } في اليوم نفسه ({ $end })
val-slot-overlap-action = رتبوا فترات كل يوم حسب الوقت بلا تداخل: فالورشة التي تدوم عدة فترات تُعقد في فترات متتالية في القائمة

## الأروقة والجيران والحاجات

val-stand-at = { $width } × { $depth } م في x { $x }، y { $y }
val-overlap = الرواق «{ $stand }» ({ $at }) يتداخل مع الرواق «{ $other }» ({ $other_path }، { $other_at })
val-overlap-action = صححوا موضع أحد الرواقين أو مقاسه؛ يمكن أن تتلامس الأروقة لا أن تتداخل
val-self-edge = الرواق «{ $stand }» مذكور جارا لنفسه
val-self-edge-action = احذفوا هذا الزوج أو صححوا أحد رواقيه
val-edge-twice = الزوج «{ $a }»–«{ $b }» مذكور من قبل في { $first }
val-edge-twice-action = اذكروا كل زوج من الجيران مرة واحدة (لا اتجاه للزوج)
val-too-many-exhibitors = { $exhibitors ->
    [one] عارض واحد
    [two] عارضان
    [few] { $exhibitors } عارضين
    [many] { $exhibitors } عارضا
   *[other] { $exhibitors } عارض
} مقابل { $stands ->
    [one] رواق واحد
    [two] رواقين
    [few] { $stands } أروقة
    [many] { $stands } رواقا
   *[other] { $stands } رواق
} فقط
val-too-many-exhibitors-action = أضيفوا { $count ->
    [one] رواقا واحدا
    [two] رواقين
    [few] { $count } أروقة
    [many] { $count } رواقا
   *[other] { $count } رواق
} أو أجّلوا { $count ->
    [one] عارضا واحدا
    [two] عارضين
    [few] { $count } عارضين
    [many] { $count } عارضا
   *[other] { $count } عارض
} إلى محطة أخرى
val-needs-supply = { $count } بها { $tag }
val-needs = العارض «{ $exhibitor }» يحتاج إلى { $needs }، لكن لا يوفر أي رواق { $count ->
    [one] ذلك
   *[other] كل ذلك
} (الأروقة: { $supply })
val-needs-action = ضعوا على رواق وسوم كل ما يحتاجه هذا العارض، أو احذفوا حاجة

## الحجوزات والأروقة الممنوعة

val-pin-stand-twice = الرواق «{ $stand }» محجوز لـ«{ $exhibitor }» وكذلك، في { $first }، لـ«{ $other }»
val-pin-stand-twice-action = يستقبل الرواق عارضا واحدا: احتفظوا بأحد الحجزين
val-pin-exhibitor-twice = العارض «{ $exhibitor }» له حجز للرواق «{ $stand }» وكذلك، في { $first }، للرواق «{ $other }»
val-pin-exhibitor-twice-action = للعارض رواق واحد: احتفظوا بأحد الحجزين
val-pin-lacks = العارض «{ $exhibitor }» له حجز للرواق «{ $stand }» الذي لا يوفر { $needs } مما يحتاجه
val-pin-lacks-action = احجزوا له رواقا يوفر ما يحتاجه، أو ضعوا الوسوم اللازمة على هذا الرواق
val-pin-forbidden = العارض «{ $exhibitor }» له حجز للرواق «{ $stand }» الذي يمنعه عليه { $forbidden }
val-pin-forbidden-action = احذفوا الحجز أو المنع
val-forbidden-all = { $count ->
    [0] كل الأروقة ممنوعة على العارض «{ $exhibitor }» ({ $stands })
   *[other] كل الأروقة التي توفر { $needs } ممنوعة على العارض «{ $exhibitor }» ({ $stands })
}
val-forbidden-all-action = اسمحوا بواحد على الأقل من هذه الأروقة، أو احذفوا حاجة

## الورشات

val-session-no-rooms = الورشة «{ $session }» بلا قاعة: لا تضم المحطة أي قاعة
val-session-room-needs = الورشة «{ $session }» تحتاج إلى { $needs }، لكن لا توفر أي قاعة { $count ->
    [one] ذلك
   *[other] كل ذلك
}
val-session-seats = تحتاج الورشة «{ $session }» إلى { $seats } من المقاعد ({ $registered } من العارضين المسجلين و{ $facilitators } من المؤطرين)، لكن أكبر قاعة تناسبها لا تتسع إلا لـ{ $largest }
val-session-no-room-action = أضيفوا قاعة أو وسعوا قاعة، أو قسموا الورشة إلى ورشتين
val-session-too-long = تحتاج الورشة «{ $session }» إلى { $length } من الفترات المتتالية في يوم واحد، لكن لا يضم أي يوم أكثر من { $longest }
val-session-too-long-action = قصّروا الورشة أو أضيفوا فترات إلى يوم

## الملفات المكتوبة

val-write-not-a-file = { $path } { $kind ->
    [folder] مجلد
    [device] جهاز
    [pipe] أنبوب مسمى
    [socket] مقبس
   *[other] شيء آخر غير ملف
} وليس ملفا عاديا؛ تُرك على حاله: أعطوا مسار ملف للكتابة
val-write-no-file-name = مسار الإخراج لا يسمي أي ملف
val-write-links = { $path } سلسلة من الروابط الرمزية أطول من اللازم

val-balance-attribute = قاعدة التوازن تسمّي الخاصية «{ $attribute }» التي لا يملكها أي عارض
val-balance-attribute-action = سمّوا إحدى الخصائص المعروفة: { $known }؛ أو أضيفوا هذا العمود إلى جدول العارضين
val-balance-twice = الخاصية «{ $attribute }» موازَنة مرتين { $over ->
    [prime] على الأروقة المتميزة
   *[other] في المناطق
}
val-balance-twice-action = احتفظوا بقاعدة واحدة لكل خاصية ولكل جانب («both» تشمل المناطق والأروقة المتميزة)
val-balance-province-weight = وزن توازن الأقاليم { $over ->
    [prime] على الأروقة المتميزة
   *[other] في المناطق
} مختلف بين weights.{ $key } وقائمة balance
val-balance-province-weight-action = اذكروه في مكان واحد: احذفوا weights.{ $key } أو قاعدة «province»
