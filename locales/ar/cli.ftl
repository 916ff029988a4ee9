# Caravane — cli (ar).
