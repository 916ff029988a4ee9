# Caravane — export (en).
