# Caravane — report (en).
