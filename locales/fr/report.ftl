# Caravane — report (fr).
