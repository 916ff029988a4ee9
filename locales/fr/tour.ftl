# Caravane — tour (fr).
