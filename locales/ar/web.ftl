# The workbench (`caravane serve`): what every page shares.
web-missing-header = هذا الطلب لا يأتي من صفحة من صفحات ورشة كارافان: لذلك رُفض.
web-refused-title = الدخول مرفوض
web-refused = هذا العنوان يتطلب رمز الدخول. افتحوا العنوان الكامل الذي عرضه الأمر «caravane serve» (ينتهي بـ ?token=…).
web-internal = خطأ داخلي في الورشة ({ $what }). لم يتغير شيء؛ أعيدوا تحميل الصفحة، وبلّغوا عن الخطأ إن تكرر.
web-invalid-file = { $file }: { $count ->
    [one] مشكلة واحدة
   *[other] { $count } مشاكل
  }. صحّحوا الملف وأرسلوه من جديد؛ لم يُحفظ شيء.
web-conflict = تم تعديل هذا المخطط في مكان آخر (في علامة تبويب أخرى أو من شخص آخر): وصل إلى المراجعة { $revision }. لم يُنفَّذ تعديلكم؛ الصفحة تعرض الآن المخطط المحدَّث.
web-too-large = الملف كبير جدًا: تقبل الورشة { $megabytes } ميبيبايت على الأكثر. أرسلوا الجدول وحده (بدون صور)، محفوظًا بصيغة CSV.
web-state-empty = لا مخطط بعد
web-state-solved = محسوب
web-state-hand = معدَّل يدويًا
web-state-replanned = أعيد تخطيطه
web-state-sessions = أعيد تخطيط الجلسات
web-state-imported = مستورد
web-state-restored = نسخة أعيد فتحها
web-nothing-to-undo = لا شيء للتراجع عنه.
web-nothing-to-redo = لا شيء لإعادته.
web-no-layout = هذه المحطة ليس لها مخطط بعد: شغّلوا الحساب أولًا.
web-no-such-stop = لا توجد في مساحة العمل محطة رقم { $id }.
web-no-such-tour = لا توجد في مساحة العمل جولة رقم { $id }.
web-no-such-version = لا توجد في مساحة العمل نسخة رقم { $id }.
web-no-such-upload = لا يوجد في مساحة العمل ملف مرسَل رقم { $id }.
web-workspace-newer = أُنشئت مساحة العمل هذه بإصدار أحدث من كارافان (المخطط { $found }، وهذا الإصدار يعرف { $known }). حدّثوا كارافان لفتحها.
web-language = اللغة
web-workspace-title = مساحة العمل
web-workspace-stops = المحطات
web-plan = مخطط الساحة
web-close = إغلاق
web-problem-line = السطر { $line }، العمود { $column }
