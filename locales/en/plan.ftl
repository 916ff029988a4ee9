# Caravane — plan (en).
