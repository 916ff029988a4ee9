# Caravane — documents (en).
