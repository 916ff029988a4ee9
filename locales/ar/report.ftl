# Caravane — report (ar).
