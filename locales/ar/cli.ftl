# Caravane — cli (ar).

## المساعدة (--help)

cli-about = يخطط محطات قافلة الاقتصاد الاجتماعي والتضامني: الأروقة والورشات والجولات، بحل دقيق.
cli-about-validate = يتحقق من ملفات المحطات والجولات ويبين كل مشكل، مع موضعه وطريقة تصحيحه
cli-about-info = يلخص محطة: العارضون حسب الإقليم والشعبة، والأروقة حسب المنطقة والتجهيز، والحاجيات مقابل المتوفر، وأزواج الجيران
cli-about-solve = يخطط أروقة محطة: يحل بدقة، ويتحقق من الجواب، ويكتب ملف الحل
cli-about-timetable = يعرض برنامج حل حسب اليوم والقاعة، وبرنامج كل عارض
cli-about-check = يعيد التحقق من تصميم (من إعدادنا أو معدل يدويا): القواعد الإلزامية، وكل عنصر من عناصر الهدف محسوبا من جديد مع أسبابه، ثم ما يدعيه الملف عن نفسه وما يصح منه
cli-about-scaling = يقيس حل الأروقة على محطات مولدة متزايدة الحجم ويعرض جدولا (للمهندسين)
cli-about-plan = يرسم تصميم حل بمقياس الرسم، للطباعة على ورق A3: الأروقة ملونة حسب الإقليم، والأروقة المميزة، والمناطق، والجيران المتعارضون بالأحمر مع السبب
cli-about-report = يكتب التقرير القابل للطباعة لحل: ملف HTML واحد فيه التصميم، وشرح كل كلفة، وتوزيع الأقاليم على المناطق، والبرنامج وبرامج العارضين
cli-about-import = ينشئ ملف محطة من جدول العارضين (CSV، بفاصل «;» أو «,»، بترميز UTF-8 أو Windows-1252) ومن ملف محطة يحدد المكان والأقاليم والشعب والقواعد
cli-about-export = يكتب توزيع الأروقة في حل على شكل جدول لبرنامج Excel (بفاصل «;»، UTF-8 مع BOM): العارض، الإقليم، الشعبة، الرواق، المنطقة، البرنامج
cli-about-replan = يعيد تخطيط محطة تغيرت بعد الإعلان عن تصميمها، بأقل قيمة للهدف كله مع كلفة التنقيلات؛ ويعرض من غادر، والأروقة الشاغرة، ومن وصل أو غير رواقه ولماذا، والهدف قبل وبعد، وسبب توقف البحث
cli-about-move = ينقل عارضا إلى رواق شاغر مع احترام كل القواعد الإلزامية؛ ويعرض كلفة التغيير عنصرا بعنصر وسببها، ويكتب الحل الجديد
cli-about-swap = يبادل رواقي عارضين مع احترام كل القواعد الإلزامية؛ ويعرض كلفة التغيير عنصرا بعنصر وسببها، ويكتب الحل الجديد
cli-about-recommend = أفضل الأروقة الشاغرة لعارض إضافي، دون نقل أي أحد
cli-about-schema = يعرض مخطط JSON لملف المحطة (أو لملف الحل أو الجولة)
cli-about-tour = يخطط كل محطة من كل مسار في جولة، حسب ترتيب التواريخ مع سجل المحطات السابقة، ويكتب ملف كل محطة وحلها
cli-about-compare = يخطط مسارات جولة ويرتبها جنبا إلى جنب: التنقل، والمشاركة، والتمثيلية، وجودة التصميم، وإنصاف الأروقة المميزة، والورشات الفائتة
cli-about-generate = يكتب محطة تجريبية بالحجم المطلوب وفق إحصاءات الجهة
cli-about-help = يعرض هذه الرسالة أو مساعدة الأوامر المذكورة
cli-help-usage = الاستعمال:
cli-help-commands = الأوامر
cli-help-arguments = المعطيات
cli-help-options = الخيارات
cli-arg-help = يعرض المساعدة
cli-arg-version = يعرض رقم الإصدار
cli-arg-help-command = الأمر المطلوب عرض مساعدته
cli-arg-verbose = يبين ما يقوم به Caravane على مخرج الأخطاء: ‎-v مراحله واستدعاءات أداة الحل، و‎-vv أيضا سجل أداة الحل
cli-arg-lang = لغة Caravane: ‏fr (الافتراضية) أو en أو ar. بدون هذا الخيار: CARAVANE_LANG، ثم لغة النظام إن كانت إحدى الثلاث، ثم الفرنسية
cli-arg-validate-files = ملفات محطات (NAME.problem.json) أو جولات (NAME.tour.json)
cli-arg-json-report = يعرض المشاكل بصيغة JSON
cli-arg-stop-file = ملف المحطة
cli-arg-info-json = يعرض الملخص بصيغة JSON
cli-arg-solution-file = ملف الحل
cli-arg-solve-problem = ملف المحطة (NAME.problem.json)
cli-arg-solve-output = الملف المراد كتابته (افتراضيا: NAME.solution.json بجانب ملف المحطة)
cli-arg-solve-time-limit = يتوقف بعد هذا العدد من الثواني مع أفضل تصميم وُجد ومدى بعده عن الأمثل المثبت
cli-arg-gap = يتوقف حين يثبت أن التصميم ضمن هذا الفارق النسبي (مثلا 0.01 لـ 1 %)
cli-arg-threads = عدد خيوط أداة الحل
cli-arg-solve-seed = بذرة البحث المحلي (البذرة نفسها تعطي التصميم نفسه)
cli-arg-solve-quiet = لا رسائل تقدم ولا مدد المراحل على مخرج الأخطاء (تبقى النتائج معروضة)
cli-arg-solve-only = يخطط جزءا واحدا فقط: stands (بدون جدول الورشات) أو sessions (مع الإبقاء على أروقة ‎--layout)
cli-arg-solve-layout = الحل الذي تُبقى أروقته مع ‎--only sessions
cli-arg-timetable-exhibitor = برنامج هذا العارض فقط
cli-arg-check-against = يذكر أيضا العارضين الذين تغير رواقهم مقارنة بهذا الحل الأقدم
cli-arg-scaling-sizes = أعداد العارضين
cli-arg-scaling-seed = بذرة المحطات المولدة
cli-arg-scaling-time-limit = الثواني المتاحة لكل حل
cli-arg-scaling-sessions = يخطط أيضًا للقاءات المولَّدة (الخطة كلها)، لا للأروقة وحدها
cli-arg-plan-svg = ملف SVG المراد كتابته
cli-arg-report-html = ملف HTML المراد كتابته
cli-arg-export-csv = ملف CSV المراد كتابته
cli-arg-problem-beside = ملف المحطة (افتراضيا: NAME.problem.json بجانب الحل)
cli-arg-import-exhibitors = جدول العارضين محفوظا بصيغة CSV
cli-arg-import-venue = ملف محطة يؤخذ منه المكان والأقاليم والشعب والقواعد والبرنامج (ويُستبدل عارضوه)
cli-arg-import-sessions = ملف محطة تحل قاعاته وحصصه وورشاته محل تلك التي في ملف المكان
cli-arg-import-output = ملف المحطة المراد كتابته
cli-arg-replan-problem = ملف المحطة بعد التغيير
cli-arg-announced = الحل المعلن
cli-arg-replan-output = الملف المراد كتابته (افتراضيا: NAME.replanned.solution.json بجانب ملف المحطة)
cli-arg-replan-move-cost = كلفة كل تنقيل مختار، بوحدات الهدف
cli-arg-replan-max-moves = هذا العدد من التنقيلات المختارة على الأكثر
cli-arg-replan-fewest-moves-first = أقل عدد من التنقيلات أولا، ثم أفضل هدف بهذا العدد (لأفضل هدف بـ K تنقيلات على الأكثر: ‎--max-moves K --move-cost 0)
cli-arg-replan-time-limit = الثواني المتاحة
cli-arg-replan-json = يعرض التنقيلات بصيغة JSON
cli-arg-hand-solution = الحل المراد تعديله
cli-arg-move-exhibitor = العارض المراد نقله
cli-arg-move-to = الرواق الشاغر الذي ينتقل إليه
cli-arg-hand-output = ملف الحل الجديد (افتراضيا: NAME.moved.solution.json بجانب الحل)
cli-arg-swap-first = عارض
cli-arg-swap-second = العارض الآخر
cli-arg-recommend-problem = ملف المحطة، والعارض الجديد ضمن عارضيه
cli-arg-recommend-exhibitor = معرف العارض الجديد
cli-arg-recommend-top = عدد الأروقة المقترحة
cli-arg-recommend-json = يعرض الأروقة بصيغة JSON
cli-arg-schema-solution = مخطط ملفات الحل بدلا منه
cli-arg-schema-tour = مخطط ملفات الجولة بدلا منه
cli-arg-tour-file = ملف الجولة (NAME.tour.json)
cli-arg-tour-output = مجلد التصاميم (افتراضيا: NAME.plans بجانب ملف الجولة)؛ لكل مسار مجلد فرعي فيه NN-VENUE.problem.json و NN-VENUE.solution.json
cli-arg-tour-itinerary = هذه المسارات فقط (بمعرفها؛ كرر الخيار لعدة مسارات)
cli-arg-tour-time-limit = الثواني المتاحة لكل محطة
cli-arg-tour-gap = يوقف كل حل حين يثبت أنه ضمن هذا الفارق النسبي
cli-arg-tour-seed = بذرة البحث المحلي
cli-arg-tour-jobs = عدد المسارات المخططة في آن واحد (افتراضيا: مسار لكل نواة)
cli-arg-tour-without-rotation = يخطط بدون عنصر التناوب (لمعرفة ما يغيره)
cli-arg-tour-quiet = لا رسائل تقدم
cli-arg-compare-format = شكل الترتيب: table (جدول للقراءة)، csv (سطر لكل مسار، لبرنامج جداول)، json (كل شيء، محطة بمحطة أيضا)، html (صفحة فيها الترتيب ورسم للمعايير ومحطات كل مسار)
cli-arg-compare-output = يكتب الترتيب في هذا الملف بدل الشاشة
cli-arg-compare-plans = يكتب أيضا كل ملف محطة وكل حل في هذا المجلد
cli-arg-compare-best-order = يبحث عن أفضل ترتيب لمحطات مسار (افتراضيا: المسار الأول) ويرتب أقصر الترتيبات الموجودة مقارنة به
cli-arg-compare-keep = عدد أقصر الترتيبات التي تخطط كاملة مع ‎--best-order
cli-arg-generate-exhibitors = عدد العارضين
cli-arg-generate-seed = البذرة: البذرة نفسها تعطي المحطة نفسها
cli-arg-generate-sessions = عدد الورشات الموضوعاتية (افتراضيا: ورشة لكل 20 عارضا تقريبا)
cli-arg-generate-days = أيام السوق، ثلاث حصص للورشات في كل يوم (افتراضيا: 5)
cli-arg-generate-output = الملف المراد كتابته (افتراضيا: المخرج القياسي)

## ما تقوله كل الأوامر

cli-error = خطأ: { $message }
cli-wrote = كُتب: { $what }
cli-cannot-write = خطأ: تعذرت كتابة { $place }: { $why }
cli-plans-under = التصاميم في { $dir }
cli-files-under = { $count ->
        [one] ملف واحد
        [two] ملفان
        [few] { $count } ملفات
       *[other] { $count } ملفا
    } في { $dir }
cli-progress-stops = المحطات { $done }/{ $of }
cli-progress-stage = { $stage }: { $detail }
cli-status-optimal = أمثل
cli-status-feasible = ممكن
cli-status-breaks-rules = يخالف القواعد
cli-status-infeasible = غير ممكن
cli-status-unknown = غير محدد
cli-bad-time-limit = خطأ: يجب أن يكون ‎--time-limit عددا من الثواني أكبر من 0
cli-bad-gap = خطأ: يجب أن يكون ‎--gap مساويا لـ 0 أو أكثر (مثلا 0.01 لـ 1 %)
cli-bad-move-cost = خطأ: يجب أن يكون ‎--move-cost مساويا لـ 0 أو أكثر

## الملفات المقروءة

cli-input-no-layout = لا يضم الملف أي تصميم (الحالة: { $status })
cli-input-no-layout-action = انطلق من حل فيه أروقة
cli-input-stop-looked-beside = (بُحث عن ملف المحطة بجانب الحل؛ حدده بالخيار ‎--problem)

## solve

cli-solve-status = { $problem }: { $status }
cli-solve-no-layout = لم يوجد أي تصميم ضمن الحدود
cli-solve-bound = الحد الأدنى { $bound }، الفارق { $gap } %
cli-solve-no-bound = لا حد أدنى مثبت
cli-solve-total = المجموع { $total }  ({ $proof }، { $seconds } ث)
cli-solve-clashes-left = أزواج الجيران المتعارضين المتبقية: { $count }
cli-solve-zone-table = العارضون حسب المنطقة والإقليم (الهدف بين قوسين):
cli-solve-attribute-table = العارضون حسب المنطقة و«{ $attribute }» (الهدف بين قوسين):
cli-solve-prime-row = الأروقة المتميزة
cli-solve-stage = مرحلة { $stage } { $seconds } ث  { $vars } متغير  { $rows } قيد  { $result }
cli-solve-only-sessions-needs-layout = خطأ: ‎--only sessions يتطلب ‎--layout SOLUTION، أي التصميم الذي تُبقى أروقته
cli-solve-bad-options = خطأ: يجب أن يتجاوز ‎--time-limit صفر ثانية، وأن يكون ‎--gap مساويا لـ 0 أو أكثر، و‎--threads مساويا لـ 1 أو أكثر
cli-solve-bad-layout = خطأ: التصميم المراد الإبقاء عليه غير صالح لهذه المحطة:
cli-solve-not-written = خطأ: { $why }. لم يُكتب أي حل.
cli-solve-internal-error = خطأ داخلي: { $why }. لم يُكتب أي حل؛ المرجو التبليغ عن ملف المحطة هذا.

## replan

cli-replan-internal-error = خطأ داخلي: { $why }. لم يُكتب أي شيء؛ المرجو التبليغ عن ملف المحطة هذا.
cli-replan-left = غادر: { $exhibitor } (كان له الرواق { $stand })
cli-replan-no-free-stand = الأروقة الشاغرة: لا شيء
cli-replan-free-stands = الأروقة الشاغرة ({ $count }): { $stands }
cli-replan-arrived = وصول: { $why }
cli-replan-moved = تنقيل: { $why }
cli-replan-move-count = التنقيلات المختارة: { $chosen }، والتغييرات كلها: { $changes }
cli-replan-sessions-kept = الورشات: تحتفظ كل ورشة بالقاعة والحصص المعلنة
cli-replan-session-place = { $room } في { $slots }
cli-replan-session-moved = ورشة: { $why } (من { $from } إلى { $to })
cli-replan-session-new = ورشة: { $why } (إلى { $to })
cli-replan-objective-change = الهدف: { $before } قبل (التصميم المعلن، في ما لا يزال صالحا منه)، و{ $after } بعد
cli-replan-objective = الهدف: { $after }
cli-replan-held = لا يوجد تصميم لا يكلف أكثر في التنقيلات وهدفه أقل من { $bound } (الفارق { $gap } %)
cli-replan-proved = مثبت: لا يوجد تصميم لا يكلف أكثر في التنقيلات وهدفه أصغر
cli-replan-stopped-gap = توقف ضمن الفارق المطلوب: { $held }
cli-replan-stopped-time = أوقف الحد الزمني البحث: { $held }
cli-replan-stages-done = اكتملت كل المراحل دون إثبات: { $held }؛ تُخطط الأروقة ثم جدول الورشات الواحد بعد الآخر، ولا يحتسب الحد الأدنى الجيران الغائبين معا

## move و swap

cli-hand-breaks = خطأ: التغيير سيخالف قواعد المحطة (عددها { $count })؛ لم يُكتب أي شيء:
cli-hand-refused-then = خطأ: { $why }؛ لم يُكتب أي شيء:
cli-hand-refused = خطأ: { $why }؛ لم يُكتب أي شيء.
cli-hand-no-stand = (بلا رواق)
cli-hand-objective = الهدف
cli-hand-before = قبل
cli-hand-after = بعد
cli-hand-change = الفرق
cli-hand-total = المجموع
cli-hand-costs-gone = كلفات تزول:
cli-hand-costs-new = كلفات تظهر:
cli-hand-no-cost-change = لا تظهر أي كلفة ولا تزول
cli-hand-what-holds = ما يصح: { $claim }
cli-hand-note = ملاحظة: { $note }

## recommend

cli-recommend-title = أفضل الأروقة الشاغرة لـ{ $name } ({ $id })، دون نقل أي أحد:
cli-recommend-stand = { $stand } (المنطقة: { $zone }): الهدف { $total }
cli-recommend-stand-more = { $stand } (المنطقة: { $zone }): الهدف { $total }، أي { $more } أكثر من الأفضل

## timetable

cli-timetable-no-such-exhibitor = خطأ: لا يوجد عارض «{ $id }» في { $file }

## tour و compare

cli-tour-no-such-itinerary = خطأ: لا يوجد مسار { $ids } في { $file }؛ المسارات هي: { $known }
cli-tour-bad-time-limit = خطأ: يجب أن يكون ‎--time-limit عددا من الثواني أكبر من 0، لا { $value }
cli-tour-bad-gap = خطأ: يجب أن يكون ‎--gap مساويا لـ 0 أو أكثر (0.01 لـ 1 %)، لا { $value }
cli-tour-bad-jobs = خطأ: يجب أن يكون ‎--jobs مساويا لـ 1 أو أكثر
cli-tour-no-threads = خطأ: تعذر تشغيل خيوط العمل: { $why }
cli-tour-planning = تخطيط المسارات ({ $itineraries }) والمحطات ({ $stops })، { $seconds } ث على الأكثر لكل محطة
cli-tour-stop = { $dates }  العارضون: { $exhibitors }، المرفوضون: { $turned_away }  { $status }، الهدف { $objective }
cli-tour-stop-no-layout = { $dates }  العارضون: { $exhibitors }، المرفوضون: { $turned_away }  { $status }
cli-tour-not-planned = { $stop } ({ $town }): لم تُخطط — { $why }
cli-compare-best-order = أفضل ترتيب لـ«{ $id }»: المحطات { $stops }، وخُططت مقارنة به أقصر الترتيبات الأخرى ({ $others })
cli-csv-rank = الرتبة
cli-csv-id = المعرف
cli-csv-name = الاسم
cli-csv-score = النقطة
cli-csv-route = المسار
cli-csv-tour-km = كلم الجولة
cli-csv-exhibitor-km = كلم العارضين
cli-csv-attending = الحاضرون
cli-csv-places = الأماكن
cli-csv-turned-away = المرفوضون
cli-csv-representation-gap = فارق التمثيل (%)
cli-csv-layout = التصميم
cli-csv-prime-min = الأروقة المميزة (أدنى)
cli-csv-prime-max = الأروقة المميزة (أقصى)
cli-csv-prime-gini = جيني الأروقة المميزة
cli-csv-sessions-missed = الورشات الفائتة

## scaling و import و validate

cli-scaling-exhibitors = العارضون
cli-scaling-stands = الأروقة
cli-scaling-sessions = اللقاءات
cli-scaling-variables = المتغيرات
cli-scaling-rows = القيود
cli-scaling-seconds = الثواني
cli-scaling-status = الحالة
cli-scaling-gap = الفارق
cli-scaling-stages = المراحل
cli-scaling-internal-error = خطأ داخلي (عدد العارضين: { $count }): { $why }
cli-import-read = العارضون المقروؤون من { $file } ({ $encoding }): { $count }
cli-validate-ok = صالح: { $file } ({ $contents })
cli-validate-stop = العارضون: { $exhibitors }، الأروقة: { $stands }
cli-validate-tour = المسارات: { $itineraries }، العارضون في القائمة: { $exhibitors }
cli-validate-summary = الملفات غير الصالحة: { $invalid } من { $files }، والمشاكل كلها: { $problems }
cli-serve-workspace = تعذّر فتح مساحة العمل { $file }: { $error }
cli-serve-cannot-listen = تعذّر الاستماع على { $address }: { $error }. اختاروا منفذًا آخر بـ --port.
cli-serve-open-network = تنبيه: الورشة تستمع على { $host }؛ يمكن لأجهزة الشبكة الأخرى الوصول إليها (يبقى الرمز مطلوبًا).
cli-serve-workspace-is = مساحة العمل: { $file }
cli-serve-address = افتحوا ورشة كارافان على هذا العنوان: { $url }
cli-serve-stop = Ctrl-C للإيقاف؛ كل ما حُفظ يبقى في مساحة العمل.
cli-serve-stopped = توقفت الورشة.
cli-serve-no-browser = تعذّر فتح المتصفح: انسخوا العنوان أعلاه.
cli-about-serve = يفتح كارافان في المتصفح: كل عمل المخطِّط (المحطات، الحساب، مخطط يُعدَّل بالفأرة، تغييرات اللحظة الأخيرة، النسخ، الطباعة) على خادم محلي، مع مساحة عمل في ملف واحد
cli-arg-serve-workspace = ملف مساحة العمل (SQLite)، يُنشأ إن لم يكن موجودًا
cli-arg-serve-port = المنفذ الذي يُستمع عليه (0: أي منفذ حر)
cli-arg-serve-host = العنوان الذي يُستمع عليه؛ أي عنوان غير 127.0.0.1 يفتح كارافان لأجهزة الشبكة الأخرى (يبقى الرمز مطلوبًا)
cli-arg-serve-open = يفتح العنوان في المتصفح الافتراضي
