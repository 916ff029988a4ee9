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

## إحداثيات المدن

tour-coordinate-range = { $field ->
    [latitude] خط عرض
   *[other] خط طول
} قيمته { $value }°، خارج المجال من −{ $limit }° إلى { $limit }°
tour-coordinate-range-action = اكتب { $field ->
    [latitude] خط العرض بالدرجات العشرية، من −{ $limit } إلى { $limit } (موجب شمال خط الاستواء؛ تارودانت على 30.47)
   *[other] خط الطول بالدرجات العشرية، من −{ $limit } إلى { $limit } (سالب غرب غرينتش؛ تارودانت على −8.88)
}
tour-coordinate-half = للمدينة «{ $town }» { $field ->
    [latitude] خط طول دون خط عرض
   *[other] خط عرض دون خط طول
}
tour-coordinate-half-action = أعطِ خط العرض وخط الطول معًا، أو لا تعطِ أيًّا منهما (لا تُظهر الخريطة إلا المدن التي لها الاثنان)

## جولة من الجداول (caravane import-tour)

tour-sheet-at = السطر { $line }، العمود «{ $column }»
tour-sheet-line = السطر { $line }
tour-sheet-header-unreadable = تتعذر قراءة سطر العناوين: { $why }
tour-sheet-header-unreadable-action = احفظ الجدول بصيغة CSV (الفاصل ; أو ,) وأسماء الأعمدة في السطر الأول
tour-sheet-row-unreadable = تتعذر قراءة السطر: { $why }
tour-sheet-row-unreadable-action = تحقق من علامات التنصيص في هذا السطر
tour-sheet-missing-column = ليس في الجدول عمود «{ $column }»؛ أعمدته هي: { $columns }
tour-sheet-missing-column-action = أضف العمود «{ $column }» (أو أحد هذه الأسماء: { $names })
tour-sheet-write-closest = اكتب «{ $name }» إن كان هو المقصود، أو أحد الأسماء أو المعرّفات المعروفة
tour-sheet-write-known = اكتب أحد الأسماء أو المعرّفات المعروفة
tour-sheet-no-venue-file = لم يُعطَ أي مكان
tour-sheet-no-venue-file-action = أعطِ مكان كل مدينة محطة: --venue المدينة=المكان.json
tour-sheet-venue-town-action = اكتب قبل «=» معرّف أو اسم مدينة من { $towns }
tour-sheet-no-name = المدينة بلا اسم
tour-sheet-no-name-action = اكتب اسمها
tour-sheet-town-twice = المعرّف «{ $id }» هو معرّف المدينة في السطر { $first }
tour-sheet-town-twice-action = أعطِ كل مدينة معرّفًا خاصًّا بها، أو احذف السطر المكرر
tour-sheet-not-degrees = «{ $value }» ليس عددًا من الدرجات
tour-sheet-not-degrees-action = اكتب { $field ->
    [latitude] خط العرض
   *[other] خط الطول
} بالدرجات العشرية، مثلًا 30.47 (أو اترك الخانة فارغة)
tour-sheet-not-km = «{ $value }» ليس عددًا من الكيلومترات
tour-sheet-not-km-action = اكتب عدد الكيلومترات، مثلًا 85 أو 12.5
tour-sheet-no-home = ليس للعارض «{ $exhibitor }» جماعة؛ تحتاجها الجولة لحساب المسافات
tour-sheet-no-home-action = اكتب أقرب مدينة إليه من جدول المدن
tour-sheet-home-unknown-action = أضف هذه المدينة إلى جدول المدن (مع طرقها)، أو اكتب أقرب مدينة معروفة
tour-sheet-no-itinerary = لا يذكر السطر أي مسار هو محطة منه
tour-sheet-no-itinerary-action = اكتب اسم المسار؛ أسطر المسار الواحد تحمل الاسم نفسه
tour-sheet-not-order = «{ $value }» ليس رقم محطة
tour-sheet-not-order-action = اكتب 1 للمحطة الأولى، و2 للتي تليها…
tour-sheet-no-venue = لم يُعطَ مكان لـ{ $town }
tour-sheet-no-venue-action = أعطِ مكانًا: --venue { $town }=المكان.json
tour-sheet-which-venue = لـ{ $town } عدة أمكنة: { $venues }
tour-sheet-which-venue-action = اكتب في عمود «lieu» مكان هذه المحطة
tour-sheet-venue-elsewhere = المكان «{ $venue }» ليس في { $town }
tour-sheet-venue-elsewhere-action = اكتب مكانًا في هذه المدينة، أو صحّح المدينة
tour-sheet-not-date = «{ $value }» ليس تاريخًا
tour-sheet-not-date-action = اكتب التاريخ على شكل 07/11/2025 (اليوم أولًا) أو 2025-11-07
tour-sheet-not-places = «{ $value }» ليس عددًا من الأماكن
tour-sheet-not-places-action = اكتب عددًا صحيحًا من الأماكن، أو اترك الخانة فارغة لعرض كل الأروقة
tour-sheet-radius-and-list = تعطي المحطة شعاعًا وقائمة عارضين معًا
tour-sheet-radius-and-list-action = احتفظ بأحدهما: الشعاع يقبل من يسكن قريبًا بما يكفي، والقائمة تقبل من تسميهم
tour-sheet-not-quota = «{ $value }» ليست حصة
tour-sheet-not-quota-action = اكتب كل حصة على شكل «Tiznit: 12»، مفصولة بفواصل
tour-sheet-order-twice = المحطة { $order } من هذا المسار موجودة في السطر { $first }
tour-sheet-order-twice-action = أعطِ كل محطة من المسار رقمًا خاصًّا بها

## الأمر import-tour

tour-cli-about-import-tour = ينشئ ملف جولة من جداول (CSV) المدن والطرق والمسارات والعارضين، ومن ملف المحطة لمكان كل مدينة
tour-cli-arg-towns = جدول المدن: nom، واختياريًّا identifiant وprovince وlatitude وlongitude
tour-cli-arg-roads = جدول الطرق: de وà وkm
tour-cli-arg-itineraries = جدول المسارات: itinéraire وordre وville وdu وau، واختياريًّا lieu وplaces وrayon وexposants وquotas وrencontres
tour-cli-arg-exhibitors = جدول كل العارضين؛ جماعة كل عارض هي مدينته
tour-cli-arg-venue = المدينة=المحطة.json: ملف المحطة الذي تكون أروقته ومناطقه ومعالمه وقاعاته وفتراته مكانَ تلك المدينة؛ يُكرَّر لكل مدينة محطة
tour-cli-arg-like = ملف محطة يعطي الأقاليم والأصناف والقواعد واللقاءات (افتراضيًّا: المكان الأول)
tour-cli-arg-name = اسم الجولة (افتراضيًّا: اسم المحطة المعطاة بـ--like أو المكان الأول)
tour-cli-arg-output = ملف الجولة المراد كتابته
tour-cli-venue-arg = «{ $value }» لا يذكر أي مدينة لها هذا المكان
tour-cli-venue-arg-action = اكتب --venue المدينة=المكان.json، مثلًا --venue taroudant=instances/taroudant-2025.problem.json
tour-cli-read = قُرئ: { $towns ->
    [zero] لا مدينة
    [one] مدينة واحدة
    [two] مدينتان
    [few] { $towns } مدن
   *[other] { $towns } مدينة
}، { $roads ->
    [zero] لا طريق
    [one] طريق واحدة
    [two] طريقان
    [few] { $roads } طرق
   *[other] { $roads } طريقًا
}، { $exhibitors ->
    [zero] لا عارض
    [one] عارض واحد
    [two] عارضان
    [few] { $exhibitors } عارضين
   *[other] { $exhibitors } عارضًا
}، { $venues ->
    [zero] لا مكان
    [one] مكان واحد
    [two] مكانان
    [few] { $venues } أمكنة
   *[other] { $venues } مكانًا
}، { $itineraries ->
    [zero] لا مسار
    [one] مسار واحد
    [two] مساران
    [few] { $itineraries } مسارات
   *[other] { $itineraries } مسارًا
} ({ $stops ->
    [zero] لا محطة
    [one] محطة واحدة
    [two] محطتان
    [few] { $stops } محطات
   *[other] { $stops } محطة
})

## صفحة المقارنة: الخريطة، ومعنى المعايير، ومن لم يُقبل

report-tour-page-map = خريطة المسارات
report-tour-page-map-what = مدن الجولة في مواقعها، والشمال إلى الأعلى. يُرسم كل مسار بلونه عبر أقصر الطرق من محطة إلى التي تليها، وترقّم الأقراص محطاته بالترتيب. المدن الرمادية هي مدن العارضين.
report-tour-page-map-none = لا خريطة: ليس لـ{ $towns } إحداثيات. أعطِ كل مدينة خط عرضها وخط طولها في ملف الجولة (أو في جدول المدن).
report-tour-page-map-left-off = بلا إحداثيات، خارج الخريطة: { $towns }.
report-tour-page-north = ش
report-tour-page-meaning = ما يقيسه كل عمود
report-tour-page-means-score = يُرد كل معيار إلى مجال من 0 (أفضل المسارات المقارنة) إلى 1 (أسوئها)، ثم يُرجَّح ويُجمع: المؤشر الأدنى هو الأفضل.
report-tour-page-means-tour-km = الكيلومترات التي يقطعها السوق من كل محطة إلى التي تليها، عبر أقصر الطرق.
report-tour-page-means-exhibitor-km = لكل مكان في كل محطة، الكيلومترات من جماعة العارض إلى المحطة (ذهابًا فقط)، مجموعةً: كلما قلّت قلّ سفر التعاونيات.
report-tour-page-means-attending = العارضون الذين نالوا مكانًا في محطة واحدة على الأقل: كلما كثروا كان أفضل.
report-tour-page-means-turned-away = الطلبات التي لم تنل مكانًا، مجموعةً على المحطات؛ وتفصيلها وسبب كل منها أدناه، محطةً محطة.
report-tour-page-means-representation-gap = في كل محطة، نصيب الأقاليم من العارضين مقارنةً بنصيبها في الجهة كلها: 0 % هو المزيج الجهوي تمامًا، وكلما ارتفع الرقم غلبت أقاليم قليلة؛ ويعطي المسار المتوسط.
report-tour-page-means-layout = مجموع كلفة توزيع المحطات (الجيران المتعارضون، وتوازن المناطق، واللقاءات…) كما حسبها كل حل: الأدنى أفضل.
report-tour-page-means-prime = أقل وأكثر عدد من المحطات قضاها عارض واحد في رواق متميز.
report-tour-page-means-gini = معامل جيني لتلك المحطات في رواق متميز: 0 إن نال الجميع العدد نفسه، ويقترب من 1 إن نالها كلها قليلون.
report-tour-page-means-sessions-missed = اللقاءات التي لم يتمكن مسجلون من حضورها، في كل المحطات.
report-tour-page-means-status = مثلى: لا يوجد توزيع أفضل، وذلك مُثبَت؛ ممكنة: توزيع صالح دون إثبات أنه الأفضل.
report-tour-page-means-objective = كلفة توزيع المحطة؛ وكلفة توزيع المسار مجموعها.
report-tour-page-away = من لم ينل مكانًا، ولماذا
report-tour-page-away-count = { $count ->
    [zero] لا طلب دون مكان
    [one] طلب واحد دون مكان
    [two] طلبان دون مكان
    [few] { $count } طلبات دون مكان
   *[other] { $count } طلبًا دون مكان
}
report-tour-page-away-none = نال كل طلب مكانًا، في كل محطة.
report-tour-page-colon = {": "}
