# Caravane — plan (ar).
