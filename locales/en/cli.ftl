# Caravane — cli (en).
