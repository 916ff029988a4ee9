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
