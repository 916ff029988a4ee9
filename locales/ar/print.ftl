# Caravane — print
# ملف الطباعة (caravane print): قوائم المناطق ولافتات الأروقة والبرنامج وجداول العارضين وخلاصة
# النتيجة.

print-about = يكتب ملف الطباعة لحلّ ما في ملف PDF واحد: المخطط بمقاس A3، وقائمة كل منطقة لفريق الاستقبال، ولافتة A5 لكل رواق، وبرنامج اللقاءات، وجدول لقاءات كل عارض، وخلاصة النتيجة
print-arg-output = ملف PDF المراد كتابته
print-cannot-be-made = خطأ: تعذر إعداد ملف الطباعة: { $error }
print-stop-line = { $name } — { $place } — { $dates }
print-page = الصفحة { $page } من { $pages }

print-list-title = { $zone }: قائمة الأروقة
print-list-continued = { $zone }: قائمة الأروقة (تابع)
print-list-what = { $stands ->
    [zero] لا رواق
    [one] رواق واحد
    [two] رواقان
    [few] { $stands } أروقة
    [many] { $stands } رواقا
   *[other] { $stands } رواق
}، { $exhibitors ->
    [zero] لا رواق مشغول
    [one] واحد مشغول
    [two] اثنان مشغولان
   *[other] { $exhibitors } مشغولة
}
print-list-no-zone = خارج المناطق
print-list-free = شاغر
print-col-stand = الرواق
print-col-exhibitor = العارض
print-col-province = الإقليم
print-col-family = الفئة
print-col-people = الأفراد
print-col-notes = الاتصال والملاحظات
print-col-needs = الحاجيات

print-programme-title = برنامج اللقاءات
print-programme-continued = برنامج اللقاءات (تابع)
print-programme-none = لا يوجد أي لقاء مبرمج.
print-col-time = التوقيت
print-col-room = القاعة
print-col-session = اللقاء
print-col-facilitators = التأطير
print-col-registered = المسجلون

print-agendas-title = لقاءات كل عارض
print-agendas-continued = لقاءات كل عارض (تابع)
print-agenda-head = { $stand } · { $name }

print-summary-title = النتيجة وأسبابها
print-summary-continued = النتيجة وأسبابها (تابع)
print-summary-terms = المعايير
print-summary-why = الكلفة المتبقية وأسبابها
print-summary-violations = القواعد غير المحترمة
