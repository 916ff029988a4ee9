# Caravane — plan (ar).

## تصميم الموقع (SVG).

plan-subtitle = { $place }، { $dates } — { $exhibitors ->
    [zero] لا عارض
    [one] عارض واحد
    [two] عارضان
    [few] { $exhibitors } عارضين
    [many] { $exhibitors } عارضا
   *[other] { $exhibitors } عارض
} على { $stands ->
    [zero] لا رواق
    [one] رواق واحد
    [two] رواقين
    [few] { $stands } أروقة
    [many] { $stands } رواقا
   *[other] { $stands } رواق
}
plan-stand-occupied = { $stand } — { $name } ({ $province }، { $family }){ $prime ->
    [yes] ، رواق متميز
   *[no] {""}
}
plan-stand-empty = { $stand } — شاغر{ $prime ->
    [yes] ، رواق متميز
   *[no] {""}
}
plan-legend-provinces = الأقاليم
plan-legend-symbols = الرموز
plan-legend-prime = نجمة سوداء وإطار ذهبي: رواق متميز
plan-legend-front = خط غامق: واجهة الرواق، حيث يمر الزوار
plan-legend-zone = إطار متقطع: منطقة
plan-legend-empty = رمادي: رواق شاغر
plan-legend-clash = خط أحمر: جيران متعارضون (انظر أسفله)
plan-legend-families = عائلات المنتجات
plan-legend-clashes = تعارضات الجوار ({ $count })
plan-legend-no-clash = لا شيء: لا يوجد جيران غير ملائمين
plan-legend-clash-line = { $number }. { $why } (الكلفة{"\u00A0"}{ $cost })
plan-legend-more = … (انظر التقرير)
plan-legend-entrance = شريط أخضر وسهم: المدخل
plan-legend-street = شريط رمادي: شارع
plan-scale-metres = { $metres }{"\u00A0"}م
plan-scale-ratio = المقياس { $ratio } على ورقة A3
plan-north = ش
plan-north-title = الشمال: أعلى التصميم

## برنامج اللقاءات وبرنامج كل عارض (caravane timetable، التصدير، التقرير).

plan-agenda-unknown-session = يتضمن الحل لقاء غير معروف «{ $id }»
plan-agenda-unknown-room = يستعمل الحل قاعة غير معروفة «{ $id }»
plan-agenda-unknown-slot = يستعمل الحل فترة زمنية غير معروفة «{ $id }»
plan-agenda-nothing = لا يتضمن هذا الحل أي لقاء مبرمج.
plan-agenda-registered = { $registered ->
    [zero] لا أحد مسجل
    [one] مسجل واحد
    [two] مسجلان
    [few] { $registered } مسجلين
    [many] { $registered } مسجلا
   *[other] { $registered } مسجل
}
plan-agenda-registered-led = { $registered ->
    [zero] لا أحد مسجل
    [one] مسجل واحد
    [two] مسجلان
    [few] { $registered } مسجلين
    [many] { $registered } مسجلا
   *[other] { $registered } مسجل
}؛ التنشيط: { $facilitators }
plan-agenda-heading = برنامج كل عارض:
plan-agenda-exhibitor = { $name } ({ $id }){ $alone ->
    [yes] ، شخص واحد في الرواق
   *[no] {""}
}
plan-agenda-held = { $day } { $hours }  { $title } — { $room }
plan-agenda-at-once = (في نفس وقت لقاء آخر من لقاءاته)
plan-agenda-unscheduled = { $title } — غير مبرمج
plan-agenda-entry = { $day } { $hours }: { $title } ({ $room })

## محتوى المحطة (caravane info).

plan-info-title = { $name } — { $town }، { $venue }، { $dates }
plan-info-sample = [بيانات تجريبية]
plan-info-counts = { $exhibitors ->
    [zero] لا عارض
    [one] عارض واحد
    [two] عارضان
    [few] { $exhibitors } عارضين
    [many] { $exhibitors } عارضا
   *[other] { $exhibitors } عارض
} على { $stands ->
    [zero] لا رواق
    [one] رواق واحد
    [two] رواقين
    [few] { $stands } أروقة
    [many] { $stands } رواقا
   *[other] { $stands } رواق
} ({ $spare ->
    [zero] لا رواق شاغر
    [one] رواق واحد شاغر
    [two] رواقان شاغران
    [few] { $spare } أروقة شاغرة
    [many] { $spare } رواقا شاغرا
   *[other] { $spare } رواق شاغر
})
plan-info-by-province = العارضون حسب الإقليم:
plan-info-by-category = العارضون حسب الفئة:
plan-info-by-family = العارضون حسب عائلة المنتجات:
plan-info-by-zone = الأروقة حسب المنطقة:
plan-info-by-tag = الأروقة حسب الخاصية:
plan-info-needs = الحاجيات مقابل العرض (عارضون يحتاجونها / أروقة توفرها):
plan-info-short = نقص
plan-info-adjacency = أزواج الجيران:
plan-info-programme = البرنامج والقيود:
plan-info-no-zone = (بدون منطقة)
plan-info-agricultural = منتجات فلاحية
plan-info-artisanal = صناعة تقليدية
plan-info-services = خدمات
plan-info-side = جنبا إلى جنب
plan-info-facing = متقابلان
plan-info-back = ظهرا لظهر
plan-info-pins = أروقة مفروضة
plan-info-forbidden = أزواج ممنوعة
plan-info-rooms = قاعات
plan-info-slots = فترات زمنية
plan-info-sessions = لقاءات

## الخصائص الشائعة للأروقة (`tags`).

plan-tag-prime = متميز
plan-tag-corner = زاوية
plan-tag-electricity = كهرباء
plan-tag-water = ماء
plan-tag-covered = مغطى
plan-tag-double = مزدوج

# The hours of a session held in two parts with a break between them.
plan-hours-and = { $first } و{ $then }

# Where a stop is held: the square or hall, then the town.
plan-place = { $venue }، { $town }
plan-legend-attribute = التوازن: { $attribute } (الهدف)
plan-legend-attribute-cell = { $value } { $count } ({ $target })
plan-legend-attribute-row = { $group }: { $cells }
