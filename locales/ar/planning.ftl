# Caravane — planning (ar).

## كلمات القوائم وتقارير أداة الحل

planning-none = لا شيء
planning-list-comma = {"، "}
planning-list-and = { $head } و{ $last }
planning-list-or = { $head } أو { $last }
planning-list-more = { $list } و{ $more } أخرى
planning-quoted = «{ $text }»

## مراحل الحل

planning-stage-matching = المطابقة
planning-stage-counts = التوازن
planning-stage-search = البحث المحلي
planning-stage-least-clash = أقل تعارض
planning-stage-whole = النموذج الكامل
planning-stage-timetable = جدول الورشات
planning-stage-timetable-bound = الحد الأدنى للورشات
planning-stage-re-seat = إعادة التوزيع
planning-progress-matching = التحقق من أن لكل عارض رواقا ممكنا
planning-progress-counts = موازنة الأقاليم بين المناطق والأروقة المميزة (المتغيرات: { $vars }، القيود: { $rows })
planning-progress-whole-flows = الأعداد الموجودة تتطلب تدفقات كسرية؛ حل جديد بتدفقات صحيحة
planning-progress-search = توزيع العارضين وفق هذه الأعداد مع إبعاد الجيران المتعارضين
planning-progress-least-clash = إثبات أقل تعارض ممكن (المتغيرات: { $vars }، القيود: { $rows })
planning-progress-whole = تقليص الفارق على هدف الأروقة كله (المتغيرات: { $vars }، القيود: { $rows })
planning-progress-timetable = برمجة الورشات وفق هذه الأروقة
planning-progress-timetable-bound = حساب الحد الأدنى لعناصر الورشات على كل التصاميم الممكنة
planning-result-everyone = يمكن إيجاد رواق لكل عارض
planning-result-deficient = مجموعات بلا أروقة كافية: { $count }
planning-result-out-of-time = أوقفه الحد الزمني
planning-result-counts = { $status }، التوازن { $balance }، الحد { $bound }
planning-result-search = التعارض { $clash }
planning-result-least-clash = { $status }، الحد الأدنى للتعارض { $bound }
planning-result-whole = { $status }، الهدف { $objective }، الحد { $bound }
planning-result-timetable = { $status }، الورشات { $sessions }، الحد { $bound }
planning-mip-optimal = أمثل
planning-mip-feasible = ممكن
planning-mip-infeasible = غير ممكن
planning-mip-no-solution = لا حل
planning-mip-timed-out = انتهت المهلة

## لماذا لا تصميم لمحطة

planning-infeasible-pinned = الرواق { $stand } مخصص للعارض { $exhibitor }
planning-infeasible-restricted = {" "}(مع احتساب الأروقة المخصصة والممنوعة)
planning-infeasible-restricted-list = {" "}(مع احتساب الأروقة المخصصة والممنوعة: { $pins })
planning-infeasible-too-many = عدد العارضين { $exhibitors } وعدد الأروقة { $stands } فقط. أضف أروقة، أو أرجئ بعض العارضين إلى محطة أخرى.
planning-infeasible-needs = { $count ->
        [one] يحتاج هذا العارض إلى { $needs }
       *[other] يحتاج هؤلاء العارضون ({ $count }) إلى { $needs }
    }، لكن { $offered ->
        [0] لا يوفره أي رواق{ $tail }
        [one] رواقا واحدا فقط يوفره لهم{ $tail }: { $stands }
       *[other] الأروقة التي توفره لهم { $offered } فقط{ $tail }: { $stands }
    }. العارضون: { $names }. أضف { $needs } إلى { $missing ->
        [one] رواق آخر
        [two] رواقين آخرين
       *[other] { $missing } من الأروقة الأخرى
    }، أو أرجئ { $missing ->
        [one] واحدا منهم
       *[other] { $missing } منهم
    } إلى محطة أخرى.
planning-infeasible-choice = بسبب حاجياتهم{ $tail }، { $count ->
        [one] لا يمكن لهذا العارض أن يستعمل
       *[other] لا يمكن لهؤلاء العارضين ({ $count }) أن يستعملوا
    } { $offered ->
        [0] أي رواق
        [one] إلا رواقا واحدا: { $stands }
       *[other] إلا { $offered } من الأروقة فيما بينهم: { $stands }
    }. العارضون: { $names }. وسّع اختيارهم بـ{ $missing ->
        [one] رواق واحد
        [two] رواقين
       *[other] { $missing } من الأروقة
    }، أو أرجئ { $missing ->
        [one] واحدا منهم
       *[other] { $missing } منهم
    } إلى محطة أخرى.
planning-timetable-infeasible = لا يوجد جدول يعقد كل ورشة مرة واحدة دون ورشتين في القاعة نفسها أو مؤطر في مكانين في الوقت نفسه؛ كل ورشة تجد وحدها قاعة ويوما، فالورشات إذن تتنافس على القاعات والأيام والمؤطرين أنفسهم. أضف حصة أو قاعة، أو قصّر ورشة.
planning-facilitator-overbooked = يؤطر { $person } الورشات { $sessions } (مجموع حصصها { $need })، لكن عدد حصص البرنامج { $slots } فقط: لا يمكن لشخص واحد أن يكون في ورشتين في الوقت نفسه. أسند إحدى هذه الورشات إلى مؤطر آخر، أو أضف حصصا.
planning-rooms-short = لا يمكن عقد { $sessions } إلا في { $rooms } (مقاعد وتجهيزات كافية)، وهي توفر { $offer } من حصص القاعات، بينما المطلوب { $need }. أضف حصصا أو قاعة مناسبة.

## حالة الحل

planning-status-optimal = أمثل
planning-status-feasible = ممكن
planning-status-infeasible = غير ممكن
planning-status-unknown = غير محدد

## التصاميم وإعادة التخطيط والتغييرات اليدوية

planning-disagreement = هدف أداة الحل ({ $solver }) يختلف عن هدف أداة التحقق ({ $checker })
planning-bad-layout = التصميم المراد الإبقاء عليه غير صالح لهذه المحطة: { $why }
planning-not-finite = يبلغ هدف التصميم { $total }، وهي قيمة لا يمكن أن يحملها ملف حل: أوزان المحطة كبيرة جدا؛ اجعل كل وزن 1000000 على الأكثر
planning-replan-no-layout = لا تصميم للمحطة بعد تغييرها ضمن الحدود المتاحة
planning-replan-no-timetable = لم يوجد جدول ورشات للمحطة بعد تغييرها ضمن الحد الزمني
planning-move-arrives = يصل { $name } ويحصل على الرواق { $stand }
planning-move-head = ينتقل { $name } من الرواق { $from } إلى الرواق { $to }
planning-move-forced = { $head } — تنقيل مفروض: { $reason }
planning-move-chosen = { $head } — { $why }
planning-move-saves = تنقيل مختار: يوفر { $saves } (يكلف التصميم كله { $saves } زيادة { $against })
planning-move-saves-nothing = تنقيل مختار: لا يوفر شيئا (يكلف التصميم كله القدر نفسه { $against })
planning-move-back = لو عاد إلى الرواق { $from }
planning-move-back-swapped = لو عاد إلى الرواق { $from } وعاد { $other } إلى الرواق { $to }
planning-move-cannot-go-back = { $head } — تنقيل مختار: التصميم كله أقل كلفة هكذا؛ ولا يمكنه العودة وحده إلى الرواق { $from }
planning-forced-stand-gone = الرواق { $stand } لم يعد في التصميم
planning-forced-need = الرواق { $stand } لم يعد يوفر { $needs }
planning-forced-forbidden = الرواق { $stand } أصبح ممنوعا عليه
planning-forced-pinned-elsewhere = أصبح مخصصا له الرواق { $stand }
planning-forced-pinned-to-other = الرواق { $stand } أصبح مخصصا لـ{ $other }
planning-session-new = { $title } ورشة جديدة في المحطة
planning-session-forced = { $title } يتغير مكانها — تغيير مفروض: { $reason }
planning-session-chosen = { $title } يتغير مكانها — { $why }
planning-session-cannot-go-back = { $title } يتغير مكانها — تغيير مختار: التصميم كله أقل كلفة هكذا؛ ولا يمكنها العودة وحدها
planning-session-back = لو عادت إلى القاعة { $room } في { $slots }
planning-session-room-gone = القاعة { $room } لم تعد في التصميم
planning-session-slot-gone = الحصة { $slot } لم تعد في البرنامج
planning-session-room-unfit = { $room } لم تعد تناسبها (المقاعد أو التجهيزات)
planning-session-slots-apart = حصصها لم تعد تشكل { $length ->
        [one] حصة واحدة
        [two] حصتين متتاليتين
       *[other] { $length } من الحصص المتتالية
    } في يوم واحد
planning-no-such-exhibitor = لا يوجد عارض «{ $id }» في ملف المحطة
planning-recommend-placed = للعارض «{ $id }» رواق في الحل من قبل
planning-recommend-no-stand = لا يوجد رواق شاغر يلبي حاجيات «{ $id }» ومسموح له
planning-recommend-clash = { $text } (الكلفة { $cost })
planning-recommend-costs = { $term }: يكلف { $by } أكثر من أفضل رواق
planning-recommend-saves = { $term }: يكلف { $by } أقل من أفضل رواق
planning-recommend-best = لا تعارض مع جيرانه، وتبقى الأقاليم متوازنة قدر الإمكان
planning-recommend-same = يكلف القدر نفسه الذي يكلفه أفضل رواق
planning-hand-no-layout = لا يضم الحل أي تصميم يمكن تعديله (الحالة: { $status })
planning-hand-no-such-stand = لا يوجد رواق «{ $id }» في الساحة
planning-hand-not-placed = ليس للعارض «{ $id }» رواق في الحل: أعطه رواقا بالأمر move
planning-hand-already-there = العارض «{ $id }» في الرواق { $stand } من قبل
planning-hand-same = لا يمكن للعارض «{ $id }» أن يبادل رواقه مع نفسه
planning-hand-taken = الرواق { $stand } يشغله { $by_name } ({ $by }): لإعطائه لـ«{ $id }»، بادل بين العارضين
planning-hand-breaks = التغيير سيخالف قاعدة من قواعد المحطة: { $rules }
planning-hand-bound-carried = الحد الأدنى هو الذي أُثبت عند حل المحطة: ملف المحطة هو نفسه، والحد الأدنى الصالح لكل التصاميم لا يتعلق بالتصميم
planning-hand-bound-unrecorded = الملف القديم لا يذكر المحطة التي أُعدّ لها: الحد الأدنى هو الذي يثبته نموذج الأعداد الآن لكل تصاميم المحطة
planning-hand-bound-stop-changed = تغير ملف المحطة منذ إعداد الحل القديم: الحد الأدنى هو الذي يثبته نموذج الأعداد الآن لكل تصاميم المحطة
planning-hand-bound-none-holds = الملف القديم لا يعطي أي حد أدنى صالح: الحد الأدنى هو الذي يثبته نموذج الأعداد الآن لكل تصاميم المحطة
planning-hand-sessions-kept = تحتفظ الورشات بقاعاتها وحصصها؛ وتعيد أداة التحقق حساب عناصرها للأروقة الجديدة
planning-hand-broken-before = كان التصميم يخالف قبل هذا التغيير { $count ->
        [one] قاعدة واحدة
        [two] قاعدتين
       *[other] عددا من القواعد ({ $count })
    } ولا يزال: { $rules }
