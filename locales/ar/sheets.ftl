# Caravane — sheets (ar).
