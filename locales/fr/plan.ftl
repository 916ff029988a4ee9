# Caravane — plan (fr).
