# Caravane — planning (fr).
