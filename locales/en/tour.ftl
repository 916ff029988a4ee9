# Caravane — tour (en).
