# Caravane — report (ar).
# التقرير القابل للطباعة لمحطة (caravane report) وصفحة مقارنة مسارات جولة
# (caravane compare --format html، المعرفات report-tour-…).

report-caravane-report = تقرير Caravane
report-where-when = { $place } — { $dates }
report-exhibitors-on-stands = { $exhibitors ->
    [zero] لا عارض
    [one] عارض واحد
    [two] عارضان
    [few] { $exhibitors } عارضين
    [many] { $exhibitors } عارضا
   *[other] { $exhibitors } عارض
} على { $stands ->
    [one] رواق واحد
    [two] رواقين
    [few] { $stands } أروقة
    [many] { $stands } رواقا
   *[other] { $stands } رواق
}
report-sample-data = بيانات تجريبية: العارضون في هذه المحطة أمثلة مفترضة.
report-breaks-rules = هذا التوزيع يخالف { $count ->
    [one] قاعدة واحدة
    [two] قاعدتين
    [few] { $count } قواعد
    [many] { $count } قاعدة
   *[other] { $count } قاعدة
} من قواعد المحطة:
report-warning-what-holds = النتيجة أدناه هي ما يصح على التوزيع في حالته الراهنة.
report-result = النتيجة
report-status-optimal = أمثل
report-status-feasible = قابل للتنفيذ
report-status-breaks-rules = مخالف للقواعد
report-status-infeasible = غير قابل للتنفيذ
report-status-unknown = غير محدد
report-objective = الكلفة الإجمالية
report-bound-gap = ، الحد الأدنى المثبت { $bound }، الفارق { $gap } %
report-no-bound = ، دون حد أدنى مثبت
report-solved-in = — مدة الحل { $seconds } ث
report-no-layout = لا يوجد أي توزيع.
report-note = ملاحظة: { $note }.
report-stopped-time-limit = توقف البحث عند بلوغ الحد الزمني.
report-stopped-gap = توقف البحث عند بلوغ الفارق المطلوب.
report-stopped-stages-done = اكتملت جميع مراحل البحث دون التوصل إلى إثبات.
report-col-term = المعيار
report-col-meaning = ما يقيسه
report-col-value = القيمة
report-col-weight = الوزن
report-col-cost = الكلفة
report-col-total = المجموع
report-plan = المخطط
report-costs-explained = شرح كل كلفة
report-group-count-cost = { $count ->
    [one] حالة واحدة
    [two] حالتان
    [few] { $count } حالات
    [many] { $count } حالة
   *[other] { $count } حالة
}، الكلفة { $cost }
report-item-cost = — الكلفة { $cost }
report-nothing-costs = لا كلفة على الإطلاق: كل المعايير تساوي 0.
report-grid = توزيع الأقاليم على المناطق
report-grid-what = تبين كل خانة عدد عارضي الإقليم الموضوعين في المنطقة، وبين قوسين الحصة العادلة: نصيب الإقليم من مجموع العارضين مضروبا في عدد أماكن المنطقة.
report-grid-colours = بالأخضر: أقل من نصف عارض عن الحصة؛ بالأصفر: أقل من عارض ونصف؛ بالأحمر: أبعد من ذلك.
report-col-zone = المنطقة
report-col-placed = عدد العارضين
report-programme = لقاءات التبادل
report-col-day = اليوم
report-col-time = التوقيت
report-col-room = القاعة
report-col-session = اللقاء
report-col-registered = المسجلون
report-no-session = لا يوجد أي لقاء مبرمج في هذا الحل.
report-exhibitors = العارضون
report-prime-legend = ★: رواق متميز.
report-col-stand = الرواق
report-col-exhibitor = العارض
report-col-province = الإقليم
report-col-family = الفئة
report-col-agenda = اللقاءات
report-agenda-when = { $day }، { $time }
report-footer = أعده Caravane انطلاقا من ملف المحطة وملف الحل. يعاد حساب كل كلفة انطلاقا من التوزيع بالشيفرة نفسها التي يستعملها «caravane check».
report-cannot-be-made = خطأ: تعذر إعداد التقرير: { $error }

# معايير الهدف: الاسم المختصر، ما يقيسه، الشرح.
report-term-clash = جوار متعارض
report-term-clash-label = جيران من الفئة نفسها أو من فئات لا تتلاءم
report-term-clash-description = جيران متعارضون: بائعان من الفئة نفسها، أو من فئتين لا تتلاءمان، جنبا إلى جنب أو متقابلان أو ظهرا لظهر.
report-term-zone-balance = توازن المناطق
report-term-zone-balance-label = ابتعاد الأقاليم عن حصتها العادلة في كل منطقة
report-term-zone-balance-description = مدى ابتعاد كل إقليم عن حصته العادلة من كل منطقة من مناطق الساحة.
report-term-prime-balance = توازن الأروقة المتميزة
report-term-prime-balance-label = ابتعاد الأقاليم عن حصتها العادلة من الأروقة المتميزة
report-term-prime-balance-description = مدى ابتعاد كل إقليم عن حصته العادلة من الأروقة المتميزة.
report-term-empty-prime = أروقة متميزة شاغرة
report-term-empty-prime-label = أروقة متميزة تُركت شاغرة
report-term-empty-prime-description = الأروقة المتميزة التي بقيت دون عارض.
report-term-missed-session = لقاءات فائتة
report-term-missed-session-label = لقاءات للعارض نفسه تُعقد في الوقت نفسه
report-term-missed-session-description = اللقاءات التي سجل فيها عارض ولا يستطيع حضورها، لأن لقاء آخر من لقاءاته يُعقد في الوقت نفسه.
report-term-unattended = أروقة متروكة
report-term-unattended-label = أروقة يديرها شخص واحد تُترك أثناء لقاء، حسب إقبال الزوار
report-term-unattended-description = الفترات التي يُترك فيها رواق يديره شخص واحد لحضور لقاء، مرجحة بإقبال الزوار في تلك الفترة.
report-term-neighbour-watch = غياب الجيران معا
report-term-neighbour-watch-label = أروقة متجاورة يديرها شخص واحد تبقى فارغة في آن واحد
report-term-neighbour-watch-description = الفترات التي يبقى فيها رواقان متجاوران، يدير كلا منهما شخص واحد، فارغين معا لأن صاحبيهما في لقاءات.
report-term-rotation = التناوب
report-term-rotation-label = أروقة متميزة ومناطق يُحصل عليها مجددا خلال الجولة
report-term-rotation-description = خلال الجولة: الأروقة المتميزة والمناطق التي يحصل عليها مجددا من سبق أن حصلوا عليها في المحطات السابقة.

# صفحة مقارنة مسارات الجولة.
report-tour-compared = مقارنة المسارات
report-tour-intro = تمت مقارنة { $count ->
    [one] مسار واحد
    [two] مسارين
    [few] { $count } مسارات
    [many] { $count } مسارا
   *[other] { $count } مسار
} بعد تخطيط كل منها محطة بمحطة. يأتي أولا المسار ذو المؤشر الأدنى.
report-tour-itinerary = المسار { $rank }: { $name }
report-tour-ranking = الترتيب
report-tour-col-rank = الرتبة
report-tour-col-itinerary = المسار
report-tour-col-score = المؤشر
report-tour-col-tour-km = كلم الجولة
report-tour-col-exhibitor-km = كلم العارضين
report-tour-col-attending = الحاضرون
report-tour-col-turned-away = غير المقبولين
report-tour-col-representation-gap = فارق التمثيل (%)
report-tour-col-layout = كلفة التوزيع
report-tour-col-prime = الأروقة المتميزة (الأدنى–الأقصى)
report-tour-col-gini = معامل جيني
report-tour-col-sessions-missed = اللقاءات الفائتة
report-tour-criteria = المعايير، مسارا مسارا
report-tour-criteria-what = كل شريط معيار مقيس على المسارات المقارنة: لا شريط لأفضل قيمة، وشريط كامل لأسوئها. القيمة الخام مكتوبة بجانبه.
report-tour-chart-tour-km = كلم الجولة
report-tour-chart-exhibitor-km = كلم العارضين
report-tour-chart-attending = الحاضرون (الأكثر أفضل)
report-tour-chart-representation-gap = فارق التمثيل
report-tour-chart-layout = كلفة التوزيع
report-tour-chart-prime-gini = معامل جيني للأروقة المتميزة
report-tour-chart-sessions-missed = اللقاءات الفائتة
report-tour-km = { $km } كلم
report-tour-col-stop = المحطة
report-tour-col-dates = التواريخ
report-tour-col-exhibitors = العارضون
report-tour-col-status = الحالة
report-tour-col-objective = الكلفة
report-tour-status-optimal = أمثل
report-tour-status-feasible = قابل للتنفيذ
report-tour-status-infeasible = غير قابل للتنفيذ
report-tour-status-unknown = غير محدد
report-tour-status-not-planned = غير مخططة
report-tour-footer = أعده Caravane انطلاقا من ملف الجولة؛ خُططت كل محطة وتم التحقق منها.
report-tour-cannot-be-made = خطأ: تعذر إعداد صفحة المقارنة: { $error }
report-attribute-grid = التوازن: { $attribute } — العدد الموضوع (الهدف بين قوسين)
