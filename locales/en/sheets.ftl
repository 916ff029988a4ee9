# Caravane — sheets (en).
