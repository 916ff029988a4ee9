# Caravane — check (fr).
