# The workbench: web-jobs (long jobs, late changes, sessions).
web-jobs-stage-replan = إعادة التخطيط
web-jobs-stage-tour = الجولة
web-jobs-stage-check = التحقق
web-jobs-replanning = إعادة التخطيط بأقل عدد ممكن من التنقلات
web-jobs-tour-start = حساب { $stops } محطة في المسارات
web-jobs-tour-stop = { $itinerary }: حُسبت المحطة { $index } من { $of } ({ $summary })
web-jobs-busy = هناك حساب جارٍ لهذه المحطة (رقم { $job }). انتظر حتى ينتهي أو ألغِه.
web-jobs-cancelled = أُلغي الحساب: لم يتغير شيء.
web-jobs-failed = لم ينجح الحساب: { $why }. لم يتغير شيء.
web-jobs-label = حساب ({ $action })
web-jobs-applied = انتهى الحساب: { $claim }
web-jobs-version-note = انتهى الحساب بعد تعديل المخطط
web-jobs-saved-as-version = عُدِّل المخطط أثناء الحساب: لم تحلّ النتيجة محل مخططك، بل حُفظت نسخةً رقم { $number }. { $claim }
web-jobs-no-such-job = لا يوجد حساب رقم { $job }.
web-jobs-no-such-exhibitor = لا يوجد في المحطة عارض « { $id } ».
web-jobs-withdrawn-label = انسحاب { $id }
web-jobs-withdrawn = انسحب { $id } من المحطة؛ أصبح رواقه شاغرًا. أعد التخطيط لملء الفراغ، أو احتفظ بالمخطط كما هو.
web-jobs-added-label = { $count ->
    [one] عارض جديد
   *[other] { $count } عارضين جدد
  }
web-jobs-added = { $count ->
    [one] أُضيف عارض جديد
   *[other] أُضيف { $count } عارضين جدد
  }: لا رواق له بعد. اطّلع على الأروقة الموصى بها، أو أعد التخطيط.
web-jobs-no-such-session = لا توجد في المحطة جلسة « { $id } ».
web-jobs-no-such-slot = لا توجد في المحطة فترة « { $id } » في ذلك اليوم.
web-jobs-no-such-room = لا توجد في المحطة قاعة « { $id } ».
web-jobs-session-too-long = تدوم « { $title } » { $length } فترات: لا تتسع لها بقية اليوم ابتداءً من هذه الفترة.
web-jobs-session-moved-label = نُقلت الجلسة { $id }
web-jobs-solve = احسب
web-jobs-resolve = أعد الحساب مع الإبقاء على التثبيتات
web-jobs-time-limit = المدة القصوى
web-jobs-no-limit = حتى إثبات الحل الأمثل
web-jobs-seconds = { $seconds } ث
web-jobs-progress = الحساب جارٍ
web-jobs-best = أفضل مجموع
web-jobs-bound = الحد المُثبت
web-jobs-gap = الفارق
web-jobs-elapsed = الوقت المنقضي
web-jobs-cancel = إلغاء
web-jobs-late-title = تغييرات اللحظة الأخيرة
web-jobs-withdraw-title = سحب عارض
web-jobs-withdraw-who = العارض المنسحب
web-jobs-withdraw = سحب
web-jobs-add-title = إضافة عارض
web-jobs-add-name = الاسم
web-jobs-add-province = الإقليم
web-jobs-add-family = الصنف
web-jobs-add-women = تديرها نساء
web-jobs-add = إضافة
web-jobs-replan-title = إعادة التخطيط
web-jobs-replan = أعد التخطيط بأقل عدد من التنقلات
web-jobs-save-version = احفظ كنسخة جديدة
web-jobs-version-replanned = أُعيد التخطيط بعد تغييرات اللحظة الأخيرة
web-jobs-version-saved = حُفظت النسخة.
web-jobs-recommended = الأروقة الموصى بها لـ { $id }
web-jobs-total = المجموع { $total }
web-jobs-moves-title = التنقلات: { $count }
web-jobs-left = المنسحبون: { $names }
web-jobs-who = العارض
web-jobs-from = من
web-jobs-to = إلى
web-jobs-why = السبب
web-jobs-forced = (مفروض)
web-jobs-chosen = (مختار)
web-jobs-no-moves = لا أحد يغيّر رواقه.
web-jobs-sessions-moved = الجلسات المنقولة: { $titles }
web-jobs-sessions-title = برنامج الجلسات
web-jobs-sessions-help = انقر على جلسة، ثم على الخانة (اليوم، الفترة، القاعة) التي تُعقد فيها: تظهر كلفة التغيير فورًا.
web-jobs-replan-sessions = أعد تخطيط الجلسات
web-jobs-slot = الفترة
web-jobs-registered = { $count } مسجلين
web-jobs-unplanned = ليست في البرنامج بعد: { $titles }
web-jobs-session-moved = نُقلت الجلسة: المجموع { $before } ← { $after }
web-jobs-last = آخر حساب
