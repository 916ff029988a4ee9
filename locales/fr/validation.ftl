# Caravane — validation (fr).
