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
