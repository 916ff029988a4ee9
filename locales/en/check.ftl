# Caravane — check (en).
