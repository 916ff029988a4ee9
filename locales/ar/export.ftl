# Caravane — export (ar).

## عناوين أعمدة جدول توزيع الأروقة (caravane export).

export-id = المعرف
export-exhibitor = العارض
export-province = الإقليم
export-family = العائلة
export-stand = الرواق
export-zone = المنطقة
export-prime = رواق متميز
export-agenda = البرنامج
export-yes = نعم
export-no = لا
