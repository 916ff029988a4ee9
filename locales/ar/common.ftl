# Caravane — كلمات مشتركة (ar).

common-exhibitors = { $count ->
    [zero] لا عارض
    [one] عارض واحد
    [two] عارضان
    [few] { $count } عارضين
    [many] { $count } عارضا
   *[other] { $count } عارض
}
zone-entrance = المدخل
zone-centre = الوسط
zone-back = الخلف
zone-front = الواجهة
zone-middle = الوسط
zone-side = الجانب
zone-corner = الزاوية

balance-attribute = { $attribute ->
    [province] الإقليم
    [category] الصنف
    [form] الشكل القانوني
    [women_led] تسيير نسائي
   *[other] { $attribute }
}
balance-value-women-led = { $value ->
    [true] تسيّرها نساء
   *[other] لا تسيّرها نساء
}
balance-value-form = { $value ->
    [cooperative] تعاونيات
    [association] جمعيات
    [social_enterprise] مقاولات اجتماعية
   *[other] شكل غير محدد
}
balance-value-category = { $value ->
    [agricultural] فلاحية
    [artisanal] حرفية
    [services] خدماتية
   *[other] صنف غير محدد
}
balance-value-other = «{ $value }»
balance-value-missing = { $attribute } غير محدد
balance-term = التوازن: { $attribute }، { $over ->
    [prime] الأروقة المتميزة
   *[zones] المناطق
}
balance-term-label = { $over ->
    [prime] قيم «{ $attribute }» البعيدة عن حصتها العادلة من الأروقة المتميزة
   *[zones] قيم «{ $attribute }» البعيدة عن حصتها العادلة من كل منطقة
}
balance-off-target = { $group }: { $value } — { $here } مقابل هدف قدره { NUMBER($target, minimumFractionDigits: 1, maximumFractionDigits: 2) } ({ NUMBER($share, minimumFractionDigits: 1, maximumFractionDigits: 1) } % من { $count })، أي { NUMBER($off, minimumFractionDigits: 2, maximumFractionDigits: 2) } { $side ->
    [over] زيادةً
   *[under] نقصًا
}.
