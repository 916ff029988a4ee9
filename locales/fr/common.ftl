# Caravane — mots communs (fr).

common-exhibitors = { $count ->
    [one] { $count } exposant
   *[other] { $count } exposantes et exposants
}
# Les noms des zones dont le fichier ne donne pas de nom (les ids courants).
zone-entrance = Entrée
zone-centre = Centre
zone-back = Fond
zone-front = Devant
zone-middle = Milieu
zone-side = Côté
zone-corner = Angle
