# Caravane — الجولات: التحقق، ومن يعرض، والتخطيط، والمقارنة (ar).

## قواعد ملف الجولة

tour-id-file-name = المعرّف «{ $id }» لا يصلح اسما لمجلد مخططاته أو لملفها
tour-id-file-name-action = استعملوا الحروف والأرقام والشرطات، بلا { $characters }
tour-session-not-held = لا يمكن عقد الورشة «{ $session }» في الفضاء «{ $venue }»: { $why }
tour-session-not-held-action = اعقدوها في محطة أخرى، أو أعطوا الفضاء قاعة وفترات تناسبها
tour-road-loop = الطريق تقود من «{ $town }» إليها نفسها
tour-road-loop-action = احذفوها أو اذكروا المدينة الأخرى
tour-no-home = العارض «{ $exhibitor }» بلا مدينة أصل؛ والجولة تحتاج إليها لحساب المسافات
tour-no-home-action = اكتبوا في "home" معرّف أقرب مدينة من «towns»
tour-no-itinerary = الجولة بلا أي مسار
tour-no-itinerary-action = اذكروا مسارا واحدا على الأقل مع محطاته
tour-itinerary-empty = المسار «{ $itinerary }» بلا أي محطة
tour-itinerary-empty-action = اذكروا محطاته أو احذفوا المسار
tour-participant-twice = العارض «{ $exhibitor }» مذكور مرتين في القائمة
tour-participant-twice-action = اذكروا كل عارض مرة واحدة
tour-road-km = طريق طولها { $km } كلم
tour-road-km-action = أعطوا طول الطريق بالكيلومتر: أكثر من 0 وعلى الأكثر { $max }
tour-radius = شعاع تنقل قدره { $km } كلم
tour-radius-action = أعطوا شعاعا قدره 0 كلم أو أكثر
tour-no-places = محطة بلا أي مكان
tour-no-places-action = اعرضوا مكانا واحدا على الأقل، أو احذفوا «places» لاستعمال كل الأروقة
tour-weight = وزن قدره { $weight }، خارج المجال من 0 إلى { $max }
tour-weight-action = { $range } (هنا: لإخراج معيار من الترتيب)
tour-stop-dates = تنتهي المحطة في { $to }، قبل أن تبدأ في { $from }
tour-stop-overlap = تبدأ المحطة في { $from }، قبل نهاية المحطة { $before } ({ $end })
tour-stop-overlap-action = رتبوا المحطات حسب التواريخ: فالسوق في مدينة واحدة في كل مرة
tour-venue-no-stand = الفضاء «{ $venue }» بلا أي رواق
tour-venue-no-stand-action = ارسموا أروقته
tour-needs-at-venue = العارض «{ $exhibitor }» يحتاج إلى { $needs }، لكن لا يوفر أي رواق في الفضاء «{ $venue }» { $count ->
    [one] ذلك
   *[other] كل ذلك
}
tour-needs-at-venue-action = ضعوا على رواق من الفضاء وسوم كل ما يحتاجه هذا العارض، أو احذفوه من قائمة هذه المحطة
tour-needs = العارض «{ $exhibitor }» يحتاج إلى { $needs }، لكن لا يوفر { $count ->
    [one] ذلك
   *[other] كل ذلك
} أي رواق { $which ->
    [any] في أي فضاء
   *[admitting] في الفضاءات التي يمكنه الذهاب إليها
} ({ $venues })
tour-no-road = لا توجد طريق من { $home } إلى { $towns }
tour-no-road-action = أضيفوا الطرق الناقصة إلى «roads»

## من يعرض في المحطة: لماذا لم يحصل مترشح على مكان

tour-away-needs = لا يوفر أي رواق في الفضاء «{ $venue }» { $needs }
tour-away-taken = أروقة الفضاء «{ $venue }» التي توفر { $needs } كلها محجوزة لعارضين مرتبين قبله
tour-away-quota = بلغت حصة { $province } حدها ({ $quota } من الأماكن)
tour-away-share = وُزعت الأماكن الـ{ $places } حسب الأقاليم؛ { $share ->
    [0] ولم يحصل { $province } على أي مكان منها
   *[other] وذهبت أماكن { $province } ({ $share }) إلى عارضين حصلوا على أماكن أقل حتى الآن أو يسكنون أقرب
}
tour-session-no-room = الفضاء بلا أي قاعة
tour-session-seats = { $facilitators ->
    [0] لا توجد قاعة بها مقعد لعارض
    [one] لا توجد قاعة تتسع لمؤطرها ولعارض
   *[other] لا توجد قاعة تتسع لمؤطريها الـ{ $facilitators } ولعارض
}
tour-session-needs = لا توفر أي قاعة { $needs }
tour-session-length = تدوم { $length } من الفترات واليوم هناك لا يضم إلا { $slots }

## تخطيط المحطات

tour-plan-failed = تعذر إعداد المخطط: { $error }
tour-stop-invalid = المحطة غير صالحة: { $problems }
tour-stop-invalid-problem = { $cause } ({ $path })
tour-summary = { $town } ({ $count ->
    [zero] لا عارض
    [one] عارض واحد
    [two] عارضان
    [few] { $count } عارضين
    [many] { $count } عارضا
   *[other] { $count } عارض
}): { $status }
tour-summary-objective = { $town } ({ $count ->
    [zero] لا عارض
    [one] عارض واحد
    [two] عارضان
    [few] { $count } عارضين
    [many] { $count } عارضا
   *[other] { $count } عارض
}): { $status }، الهدف { $objective }
tour-summary-failed = { $town }: { $error }
tour-status-optimal = أمثل
tour-status-feasible = ممكن
tour-status-infeasible = مستحيل
tour-status-unknown = بلا جواب
tour-status-not-planned = غير مخططة
tour-reordered = { $name } بترتيب آخر ({ $km } كلم)

## مقارنة المسارات

tour-leg = { $route } ({ $km } كلم)
tour-leg-no-road = { $from } → { $to }: لا توجد طريق
tour-table-title = { $tour }: { $count ->
    [one] مسار واحد
    [two] مساران
    [few] { $count } مسارات
    [many] { $count } مسارا
   *[other] { $count } مسار
} في المقارنة
tour-col-rank = الرتبة
tour-col-itinerary = المسار
tour-col-score = النقطة
tour-col-tour-km = كلم الجولة
tour-col-exhibitor-km = كلم العارضين
tour-col-attending = الحاضرون
tour-col-away = المعتذَر لهم
tour-col-representation = التمثيل %
tour-col-layout = التوزيع
tour-col-prime = المميزة
tour-col-gini = جيني
tour-col-missed = الفائتة
tour-table-result = { $status }، الهدف { $objective }
tour-table-stop = { $dates }  { $exhibitors } من العارضين، { $away } من المعتذَر لهم، فارق التمثيل { $gap } %، { $result }
tour-table-score = النقطة: يُرد كل معيار إلى مجال من 0 (الأفضل) إلى 1 (الأسوأ) على هذه المسارات، ثم يُرجَّح ويُجمع؛ الأدنى هو الأفضل؛ «المميزة»: أقل وأكثر عدد من المحطات على رواق مميز (prime) لكل عارض
