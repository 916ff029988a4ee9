# Caravane — planning (en).
