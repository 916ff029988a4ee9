# Caravane — check (ar).
