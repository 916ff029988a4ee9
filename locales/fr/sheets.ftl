# Caravane — sheets (fr).
