# Caravane — check (ar).
# جمل المدقق المستقل: القواعد المخالفة، وسبب كل كلفة، وما يدعيه ملف الحل، وحكم
# « caravane check ».

## أدوات الربط

check-and = { $first } و{ $last }
check-comma = {"، "}
check-semicolon = {"؛ "}
# حصة: « يوم 7 نونبر على الساعة 10:00 ».
check-when = يوم { $day } على الساعة { $time }

## القواعد الإلزامية

check-unknown-exhibitor = التوزيع يضع "{ $exhibitor }"، وهو ليس من عارضي هذه المحطة
check-unknown-stand = التوزيع يستعمل الرواق "{ $stand }"، وهو غير موجود في هذه الساحة
check-two-stands = أُسند إلى { $who } رواقان، { $first } و{ $second }
check-double-booked = الرواق { $stand } مُسند في آن واحد إلى { $first } وإلى { $second }
check-no-stand = لم يُسند أي رواق إلى { $who }
check-unmet-need = { $who } يحتاج إلى "{ $need }"، والرواق { $stand } لا يوفره
check-broken-pin-elsewhere = { $who } مُثبَّت في الرواق { $pinned } لكنه يوجد في الرواق { $stand }
check-broken-pin-nowhere = { $who } مُثبَّت في الرواق { $pinned } لكن لا رواق له
check-forbidden-stand = { $who } في الرواق { $stand }، وهو رواق ممنوع عليه
check-unknown-session = البرنامج يتضمن "{ $session }"، وهي ليست من جلسات هذه المحطة
check-session-twice = الجلسة *{ $title }* مبرمجة مرتين
check-unknown-room = الجلسة *{ $title }* مبرمجة في القاعة "{ $room }"، وهي غير موجودة في هذه المحطة
check-unknown-slot = الجلسة *{ $title }* تشغل الحصة "{ $slot }"، وهي غير موجودة في هذه المحطة
check-session-not-held = الجلسة *{ $title }* غير مبرمجة
check-session-length = الجلسة *{ $title }* تدوم { $length ->
    [one] حصة واحدة
    [two] حصتين
    [few] { $length } حصص
    [many] { $length } حصة
   *[other] { $length } حصة
} لكن عدد الحصص المخصصة لها { $given }
check-session-slots = الجلسة *{ $title }* ليست في حصص متتالية من يوم واحد
check-room-too-small = الجلسة *{ $title }* تحتاج إلى { $seats ->
    [one] مقعد واحد
    [two] مقعدين
    [few] { $seats } مقاعد
    [many] { $seats } مقعدا
   *[other] { $seats } مقعد
} لكن سعة «{ $room }» لا تتجاوز { $capacity }
check-room-lacks = الجلسة *{ $title }* تحتاج إلى "{ $need }"، و«{ $room }» لا توفره
check-room-double-booked = «{ $room }» تحتضن *{ $first }* و*{ $second }* في الوقت نفسه، { $when }
check-facilitator-double-booked = { $facilitator } يؤطر *{ $first }* و*{ $second }* في الوقت نفسه، { $when }

## سبب كل كلفة

check-clash = الرواقان { $a } و{ $b } متجاوران { $kind ->
    [side] جنبا إلى جنب
    [facing] وجها لوجه
   *[back] ظهرا لظهر
} و{ $why }: { $first } و{ $second } ({ NUMBER($kind_weight, maximumFractionDigits: 4) } × { NUMBER($family_weight, maximumFractionDigits: 4) } = { NUMBER($cost, maximumFractionDigits: 4) }).
check-clash-same = عارضاهما من الفئة نفسها «{ $family }»
check-clash-mix = فئتا عارضيهما، «{ $first }» و«{ $second }»، لا تتجاوران جيدا
check-group-zone = منطقة «{ $zone }»
check-group-prime = الأروقة المتميزة
check-off-target = { $group }: عدد العارضين من { $province } { $here } مقابل هدف قدره { NUMBER($target, minimumFractionDigits: 2, maximumFractionDigits: 2) } ({ NUMBER($share, minimumFractionDigits: 1, maximumFractionDigits: 1) } % من { $count })، أي { NUMBER($off, minimumFractionDigits: 2, maximumFractionDigits: 2) } { $side ->
    [over] زيادةً
   *[under] نقصًا
}.
check-empty-prime = الرواق المتميز { $stand } بقي فارغا.
check-rotation = { $who } { $reasons }.
check-rotation-prime = يحصل من جديد على رواق متميز ({ $stand }) بعد أن حصل على رواق متميز في { $count ->
    [one] المحطة
   *[other] المحطات
} { $stops }
check-rotation-zone = يوجد من جديد في منطقة «{ $zone }» كما في { $count ->
    [one] المحطة
   *[other] المحطات
} { $stops }
check-rotation-and = { $first }، و{ $second }
check-missed = { $who } مسجل في { $titles }، وكلها مبرمجة { $when }: { $missed ->
    [one] جلسة واحدة فائتة
    [two] جلستان فائتتان
    [few] { $missed } جلسات فائتة
    [many] { $missed } جلسة فائتة
   *[other] { $missed } جلسة فائتة
}.
check-unattended = { $who } يتولى رواقه بمفرده ويتركه من أجل { $parts }: { $cost }.
check-unattended-part = { $titles } { $when } ({ $footfall ->
    [quiet] وقت هادئ
    [normal] إقبال عادي
   *[busy] إقبال كثيف
}، { $cost })
check-neighbour-watch = الرواقان المتجاوران { $a } و{ $b }، اللذان يتولى كلا منهما شخص واحد، فارغان معا { $when }: { $first } في { $first_titles }، و{ $second } في { $second_titles }.

## بنود الهدف كما يقرؤها المخطِّط

check-term-total = المجموع

## ما يدعيه ملف الحل

check-claim-problem-changed = تغير ملف المحطة منذ إعداد هذا الحل (بصمته مختلفة): ما يقوله الملف عن جودته — الحالة والحد الأدنى والفارق — أُثبت لمحطة أخرى، ولا يُدّعى أي حد أدنى لهذه المحطة
check-claim-not-recorded = الملف لا يذكر ملف المحطة الذي أُعدّ له (لا يتضمن problem_sha256: كتبته نسخة سابقة من Caravane)، لذا يؤخذ ما يقوله عن جودته على أنه يخص هذه المحطة، ولا يُعرف هل تغيرت المحطة منذ ذلك الحين
check-claim-unexpected-layout = الحالة هي "{ $status }" لكن الملف يتضمن { $count ->
    [one] تعيينا واحدا
    [two] تعيينين
    [few] { $count } تعيينات
    [many] { $count } تعيينا
   *[other] { $count } تعيين
}
check-claim-objective-differs = هدف الملف لا يطابق كلفة توزيعه وفق ملف المحطة هذا ({ $changes }): { $why }
check-claim-change = { $term } { $in_file } → { $recomputed }
check-claim-why-layout = عُدّل التوزيع منذ حله
check-claim-why-stop = تغير ملف المحطة منذ ذلك الحين
check-claim-why-either = عُدّل التوزيع أو ملف المحطة منذ ذلك الحين
check-claim-bound-above-total = الحد الأدنى { NUMBER($bound, maximumFractionDigits: 6) } أعلى من مجموع التوزيع { NUMBER($total, maximumFractionDigits: 6) }: لا يمكن لأي توزيع أن يكلف أقل من الحد الأدنى المُثبت، فالحد الأدنى خاطئ
check-claim-no-bound = الحالة هي "{ $status }" لكن الملف لا يذكر حدا أدنى ولا فارقا
check-claim-wrong-gap = الفارق { NUMBER($gap, maximumFractionDigits: 6) } لا ينتج عن مجموع الملف { NUMBER($total, maximumFractionDigits: 6) } وحده الأدنى { NUMBER($bound, maximumFractionDigits: 6) } (ينبغي أن يكون { NUMBER($expected, maximumFractionDigits: 6) })
check-claim-optimal-with-gap = الحالة هي "optimal" لكن الفارق { NUMBER($gap, maximumFractionDigits: 6) }
check-claim-now-bound = يكلف التوزيع الآن { $total }، أي { $gap } % فوق الحد الأدنى المُثبت { $bound }
check-claim-now-no-bound = يكلف التوزيع الآن { $total }، ولا يصح له أي حد أدنى
check-claim-stale-optimal = حالة الملف (الأفضل الممكن، بفارق منعدم) كانت تصح للتوزيع الذي حُلّ، لا لهذا التوزيع: { $now }
check-claim-stale-gap = فارق { $gap } % الذي يذكره الملف كان يصح للتوزيع الذي حُلّ: { $now }

## ما هو ثابت

check-standing-optimal = أمثل
check-standing-feasible = صالح
check-standing-breaks-rules = مخالف للقواعد
check-standing-infeasible = بلا حل
check-standing-unknown = غير محسوم
check-figures-infeasible = لا يوجد توزيع يحترم كل قواعد المحطة
check-figures-unknown = لم يُعثر على أي توزيع في الحدود المعطاة
check-figures-breaks = الهدف { $total }، لكن التوزيع يخالف { $count ->
    [one] قاعدة واحدة
    [two] قاعدتين
    [few] { $count } قواعد
    [many] { $count } قاعدة
   *[other] { $count } قاعدة
} من قواعد المحطة
check-figures-bound = الهدف { $total }، الحد الأدنى المُثبت { $bound }، الفارق { $gap } %
check-figures-no-bound = الهدف { $total }، دون حد أدنى مُثبت
check-figures-none = لا توزيع
check-since-changed = تغير ملف المحطة منذ إعداد هذا الحل
check-since-by-hand = عُدّل يدويا منذ حله
check-since-either = عُدّل التوزيع أو ملف المحطة منذ حله
check-warning-untrue = ملف الحل يدعي ما لا يصح (انظر caravane check)
check-warning-since = { $since }: ما ادعاه الملف لم يعد صحيحا
check-meaning-optimal = لا يمكن لأي توزيع لهذه المحطة أن يحقق نتيجة أفضل وفق هذه القواعد: أثبت Caravane ذلك.
check-meaning-feasible-bound = لا يمكن لأي توزيع لهذه المحطة أن ينزل عن الحد الأدنى المُثبت { $bound }؛ وهذا التوزيع يتجاوزه بـ { $gap } %، فلم يثبت أنه الأفضل.
check-meaning-feasible-changed = تغير ملف المحطة منذ إعداد هذا الحل: أُعيد حساب كل كلفة للمحطة كما هي الآن، لكن لا يُعرف لها حد أدنى، فلا يُعرف كم يبعد هذا التوزيع عن الأفضل. أعيدوا الحل لمعرفة ذلك.
check-meaning-feasible-no-bound = لا يُعرف حد أدنى لهذه المحطة: لا يُعرف كم يبعد هذا التوزيع عن الأفضل.
check-meaning-breaks = هذا التوزيع يخالف { $count ->
    [one] قاعدة واحدة
    [two] قاعدتين
    [few] { $count } قواعد
    [many] { $count } قاعدة
   *[other] { $count } قاعدة
} من قواعد المحطة: لا يمكن استعماله كما هو، ولا يُدّعى شيء عن جودته.
check-meaning-infeasible = يفيد ملف الحل بأنه لا يوجد توزيع يحترم كل قواعد هذه المحطة.
check-meaning-unknown = توقف البحث قبل العثور على أي توزيع.

## حكم « caravane check »

check-note = ملاحظة: { $text }
check-note-other-problem = الحل يحمل اسم المحطة "{ $named }"، وملف المحطة هو "{ $name }"
check-note-no-layout = الملف لا يتضمن أي توزيع (الحالة "{ $status }")
check-note-no-timetable = الملف لا يتضمن برنامج الجلسات: تم التحقق من الأروقة فقط، وبنود الجلسات تُحتسب 0
check-note-no-objective = الملف لا يذكر الهدف: القيم المعاد حسابها معروضة وحدها
check-hard-kept = القيود الإلزامية: كلها محترمة
check-hard-broken = القيود الإلزامية: { $count ->
    [one] قيد واحد غير محترم
    [two] قيدان غير محترمين
    [few] { $count } قيود غير محترمة
    [many] { $count } قيدا غير محترم
   *[other] { $count } قيد غير محترم
}
check-claims-hold = ادعاءات الملف: كلها صحيحة
check-claims-untrue = ادعاءات الملف: { $count ->
    [one] ادعاء واحد غير صحيح
    [two] ادعاءان غير صحيحين
    [few] { $count } ادعاءات غير صحيحة
    [many] { $count } ادعاءً غير صحيح
   *[other] { $count } ادعاء غير صحيح
}
check-what-holds = ما هو ثابت: { $claim }
check-table-objective = الهدف
check-table-in-file = في الملف
check-table-recomputed = المعاد حسابه
check-table-ok = سليم
check-table-differs = مختلف
check-why = ما يكلفه التوزيع ولماذا:
check-passed = نجح التحقق
check-failed = فشل التحقق
check-moves-heading = عدد العارضين الذين تغير رواقهم مقارنة بالحل السابق: { $count }
check-moves-not-there = (غير موجود)
check-moves-gone = (غادر)
