# Caravane — print
