# Caravane — validation (en).
