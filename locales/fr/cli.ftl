# Caravane — cli (fr).
