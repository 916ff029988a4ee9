# Caravane — documents (fr).
