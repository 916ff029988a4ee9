# Caravane — اللغة، أسماء المناطق، رموز العائلات (ar).

names-language-unknown = «{ $value }» ليست لغة يتحدثها Caravane
names-language-action = اكتبوا fr (الفرنسية) أو en (الإنجليزية) أو ar (العربية)
names-zone-twice = المنطقة «{ $zone }» مسماة من قبل في الموضع { $first }
names-zone-twice-action = احتفظوا باسم واحد لكل منطقة
names-zone-unknown = لا يوجد أي رواق في المنطقة «{ $zone }» { $count ->
    [0] (لا يحمل أي رواق منطقة)
   *[other] (مناطق الأروقة: { $zones })
}
names-zone-unknown-action = صححوا معرّف المنطقة أو احذفوا هذا الاسم
names-zone-name-empty = اسم المنطقة «{ $zone }» فارغ
names-zone-name-empty-action = أعطوها اسما أو احذفوا هذا الحقل
names-code-shape = رمز العائلة «{ $family }» «{ $code }» يجب أن يتكون من 1 إلى 6 أحرف بلا مسافات
names-code-shape-action = اختاروا رمزا قصيرا، مثلا TAP للزرابي
names-code-twice = الرمز «{ $code }» للعائلة «{ $family }» هو نفسه رمز «{ $other }»
names-code-twice-action = أعطوا لكل عائلة رمزا مختلفا
