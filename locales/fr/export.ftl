# Caravane — export (fr).
