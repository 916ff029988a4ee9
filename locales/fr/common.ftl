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

balance-attribute = { $attribute ->
    [province] province
    [category] catégorie
    [form] forme juridique
    [women_led] direction par des femmes
   *[other] { $attribute }
}
balance-value-women-led = { $value ->
    [true] dirigées par des femmes
   *[other] non dirigées par des femmes
}
balance-value-form = { $value ->
    [cooperative] coopératives
    [association] associations
    [social_enterprise] entreprises sociales
   *[other] forme non renseignée
}
balance-value-category = { $value ->
    [agricultural] agricoles
    [artisanal] artisanales
    [services] de services
   *[other] catégorie non renseignée
}
balance-value-other = « { $value } »
balance-value-missing = { $attribute } non renseigné
balance-term = Équilibre : { $attribute }, { $over ->
    [prime] stands privilégiés
   *[zones] zones
}
balance-term-label = { $over ->
    [prime] valeurs de « { $attribute } » loin de leur juste part des stands privilégiés
   *[zones] valeurs de « { $attribute } » loin de leur juste part de chaque zone
}
balance-off-target = { $group } : { $value } — { $here } pour une cible de { NUMBER($target, minimumFractionDigits: 1, maximumFractionDigits: 2) } ({ NUMBER($share, minimumFractionDigits: 1, maximumFractionDigits: 1) } % de { $count }), soit { NUMBER($off, minimumFractionDigits: 2, maximumFractionDigits: 2) } { $side ->
    [over] en trop
   *[under] en moins
}.
