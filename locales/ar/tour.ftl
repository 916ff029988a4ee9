# Caravane — tour (ar).
