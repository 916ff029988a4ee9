# Caravane — planning (ar).
