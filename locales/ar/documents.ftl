# Caravane — documents (ar).
