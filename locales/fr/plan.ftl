# Caravane — plan (fr).

## Le plan du site (SVG).

plan-subtitle = { $place }, { $dates } — { $exhibitors ->
    [one] { $exhibitors } exposant
   *[other] { $exhibitors } exposantes et exposants
} sur { $stands ->
    [one] { $stands } stand
   *[other] { $stands } stands
}
plan-stand-occupied = { $stand } — { $name } ({ $province }, { $family }){ $prime ->
    [yes] , stand privilégié
   *[no] {""}
}
plan-stand-empty = { $stand } — libre{ $prime ->
    [yes] , stand privilégié
   *[no] {""}
}
plan-legend-provinces = Provinces
plan-legend-symbols = Symboles
plan-legend-prime = étoile noire et bordure dorée : stand privilégié
plan-legend-front = trait épais : la façade, côté visiteurs
plan-legend-zone = pointillés : une zone
plan-legend-empty = gris : stand libre
plan-legend-clash = trait rouge : voisins en conflit (ci-dessous)
plan-legend-families = Familles de produits
plan-legend-clashes = Paires de voisins en conflit ({ $count })
plan-legend-no-clash = aucune
plan-legend-clash-line = { $number }. { $why } (coût{"\u00A0"}{ $cost })
plan-legend-more = … (voir le rapport)
plan-legend-entrance = barre verte et flèche : l’entrée
plan-legend-street = bande grise : une rue
plan-scale-metres = { $metres }{"\u00A0"}m
plan-scale-ratio = Échelle { $ratio } sur une feuille A3
plan-north = N
plan-north-title = Nord : en haut du plan

## Le programme des rencontres et l’agenda de chacun (caravane timetable, export, rapport).

plan-agenda-unknown-session = la solution programme une rencontre inconnue « { $id } »
plan-agenda-unknown-room = la solution utilise une salle inconnue « { $id } »
plan-agenda-unknown-slot = la solution utilise un créneau inconnu « { $id } »
plan-agenda-nothing = Aucune rencontre n’est programmée dans cette solution.
plan-agenda-registered = { $registered ->
    [0] aucun inscrit
    [one] { $registered } inscrit
   *[other] { $registered } inscrits
}
plan-agenda-registered-led = { $registered ->
    [0] aucun inscrit
    [one] { $registered } inscrit
   *[other] { $registered } inscrits
} ; animation : { $facilitators }
plan-agenda-heading = Agendas des exposantes et exposants :
plan-agenda-exhibitor = { $name } ({ $id }){ $alone ->
    [yes] , une seule personne au stand
   *[no] {""}
}
plan-agenda-held = { $day } { $hours }  { $title } — { $room }
plan-agenda-at-once = (en même temps qu’une autre de ses rencontres)
plan-agenda-unscheduled = { $title } — non programmée
plan-agenda-entry = { $day } { $hours } : { $title } ({ $room })

## Ce que contient une étape (caravane info).

plan-info-title = { $name } — { $town }, { $venue }, { $dates }
plan-info-sample = [données d’exemple]
plan-info-counts = { $exhibitors ->
    [one] { $exhibitors } exposant
   *[other] { $exhibitors } exposantes et exposants
} sur { $stands ->
    [one] { $stands } stand
   *[other] { $stands } stands
} ({ $spare ->
    [0] aucun libre
    [one] { $spare } libre
   *[other] { $spare } libres
})
plan-info-by-province = Exposantes et exposants par province :
plan-info-by-category = Exposantes et exposants par catégorie :
plan-info-by-family = Exposantes et exposants par famille de produits :
plan-info-by-zone = Stands par zone :
plan-info-by-tag = Stands par caractéristique :
plan-info-needs = Besoins et offre (exposantes et exposants qui en ont besoin / stands qui l’offrent) :
plan-info-short = MANQUE
plan-info-adjacency = Paires de voisins :
plan-info-programme = Programme et contraintes :
plan-info-no-zone = (sans zone)
plan-info-agricultural = produits agricoles
plan-info-artisanal = artisanat
plan-info-services = services
plan-info-side = côte à côte
plan-info-facing = face à face
plan-info-back = dos à dos
plan-info-pins = stands réservés
plan-info-forbidden = paires interdites
plan-info-rooms = salles
plan-info-slots = créneaux
plan-info-sessions = rencontres

## Les caractéristiques courantes des stands (leurs `tags`).

plan-tag-prime = privilégié
plan-tag-corner = angle
plan-tag-electricity = électricité
plan-tag-water = eau
plan-tag-covered = couvert
plan-tag-double = double

# The hours of a session held in two parts with a break between them.
plan-hours-and = { $first } et { $then }

# Where a stop is held: the square or hall, then the town.
plan-place = { $venue }, { $town }
plan-legend-attribute = Équilibre : { $attribute } (cible)
plan-legend-attribute-cell = { $value } { $count } ({ $target })
plan-legend-attribute-row = { $group } : { $cells }
