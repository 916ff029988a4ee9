# Caravane — export (ar).
