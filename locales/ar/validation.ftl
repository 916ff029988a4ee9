# Caravane — validation (ar).
