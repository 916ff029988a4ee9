# Caravane — venue
