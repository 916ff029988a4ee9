# Caravane — tournées : validation, choix des exposants, planification, comparaison (fr).

## Les règles d’un fichier de tournée

tour-id-file-name = l’id « { $id } » ne peut pas servir de nom au dossier ou au fichier de ses plans
tour-id-file-name-action = utilisez des lettres, des chiffres et des tirets, sans { $characters }
tour-session-not-held = la rencontre « { $session } » ne peut pas se tenir à « { $venue } » : { $why }
tour-session-not-held-action = tenez-la à une autre étape, ou donnez à ce lieu une salle et des créneaux qui lui conviennent
tour-road-loop = la route mène de « { $town } » à elle-même
tour-road-loop-action = retirez-la, ou nommez l’autre ville
tour-no-home = l’exposant « { $exhibitor } » n’a pas de ville d’origine ; une tournée en a besoin pour les distances
tour-no-home-action = donnez comme « home » l’id de la ville la plus proche parmi « towns »
tour-no-itinerary = la tournée n’a aucun itinéraire
tour-no-itinerary-action = listez au moins un itinéraire avec ses étapes
tour-itinerary-empty = l’itinéraire « { $itinerary } » n’a aucune étape
tour-itinerary-empty-action = listez ses étapes, ou retirez l’itinéraire
tour-participant-twice = l’exposant « { $exhibitor } » figure deux fois dans la liste
tour-participant-twice-action = ne citez chaque exposant qu’une fois
tour-road-km = une route de { $km } km
tour-road-km-action = donnez la longueur de la route en km : plus de 0 et au plus { $max }
tour-radius = un rayon de { $km } km
tour-radius-action = donnez un rayon de 0 km ou plus
tour-no-places = une étape avec 0 place
tour-no-places-action = offrez au moins une place, ou omettez « places » pour utiliser tous les stands
tour-weight = un poids de { $weight }, hors de l’intervalle de 0 à { $max }
tour-weight-action = { $range } (ici : pour retirer un critère du classement)
tour-stop-dates = l’étape se termine le { $to }, avant de commencer le { $from }
tour-stop-overlap = l’étape commence le { $from }, avant la fin de l’étape { $before } ({ $end })
tour-stop-overlap-action = listez les étapes dans l’ordre des dates : le marché est dans une seule ville à la fois
tour-venue-no-stand = le lieu « { $venue } » n’a aucun stand
tour-venue-no-stand-action = dessinez ses stands
tour-needs-at-venue = l’exposant « { $exhibitor } » a besoin de { $needs }, mais aucun stand du lieu « { $venue } » n’offre { $count ->
    [one] ce besoin
   *[other] tout cela
}
tour-needs-at-venue-action = étiquetez un stand du lieu avec tout ce dont cet exposant a besoin, ou retirez-le de la liste de cette étape
tour-needs = l’exposant « { $exhibitor } » a besoin de { $needs }, mais aucun stand n’offre { $count ->
    [one] ce besoin
   *[other] tout cela
} { $which ->
    [any] dans aucun lieu
   *[admitting] dans les lieux où il peut aller
} ({ $venues })
tour-no-road = aucune route ne relie { $home } à { $towns }
tour-no-road-action = ajoutez à « roads » les routes qui manquent

## Qui expose à une étape : pourquoi une candidature n’a pas de place

tour-away-needs = aucun stand du lieu « { $venue } » n’offre { $needs }
tour-away-taken = les stands du lieu « { $venue } » qui offrent { $needs } sont tous pris par des exposantes et exposants classés avant lui
tour-away-quota = le quota de { $quota ->
    [one] { $quota } place
   *[other] { $quota } places
} pour { $province } est atteint
tour-away-share = les { $places } places sont réparties par province ; { $share ->
    [0] { $province } n’en a obtenu aucune
    [one] pour { $province }, la seule place est allée à une exposante ou un exposant ayant eu moins de places jusqu’ici ou habitant plus près
   *[other] pour { $province }, les { $share } places sont allées à des exposantes et exposants ayant eu moins de places jusqu’ici ou habitant plus près
}
tour-session-no-room = le lieu n’a aucune salle
tour-session-seats = { $facilitators ->
    [0] aucune salle n’a de place pour un exposant
    [one] aucune salle n’accueille son animatrice ou animateur et un exposant
   *[other] aucune salle n’accueille ses { $facilitators } animatrices et animateurs et un exposant
}
tour-session-needs = aucune salle n’offre { $needs }
tour-session-length = elle dure { $length ->
    [one] { $length } créneau
   *[other] { $length } créneaux
} et une journée n’en compte que { $slots } sur ce lieu

## Planifier les étapes

tour-plan-failed = le plan n’a pas pu être fait : { $error }
tour-stop-invalid = l’étape n’est pas valide : { $problems }
tour-stop-invalid-problem = { $cause } ({ $path })
tour-summary = { $town } ({ $count ->
    [one] { $count } exposant
   *[other] { $count } exposantes et exposants
}) : { $status }
tour-summary-objective = { $town } ({ $count ->
    [one] { $count } exposant
   *[other] { $count } exposantes et exposants
}) : { $status }, objectif { $objective }
tour-summary-failed = { $town } : { $error }
tour-status-optimal = optimal
tour-status-feasible = réalisable
tour-status-infeasible = impossible
tour-status-unknown = inconnu
tour-status-not-planned = non planifiée
tour-reordered = { $name }, dans un autre ordre ({ $km } km)

## Comparer les itinéraires

tour-leg = { $route } ({ $km } km)
tour-leg-no-road = { $from } → { $to } : aucune route
tour-table-title = { $tour } : { $count ->
    [one] { $count } itinéraire comparé
   *[other] { $count } itinéraires comparés
}
tour-col-rank = rang
tour-col-itinerary = itinéraire
tour-col-score = score
tour-col-tour-km = km tournée
tour-col-exhibitor-km = km exposants
tour-col-attending = présents
tour-col-away = refusés
tour-col-representation = repr. %
tour-col-layout = coût des plans
tour-col-prime = privilégiés
tour-col-gini = Gini
tour-col-missed = manquées
tour-table-result = { $status }, objectif { $objective }
tour-table-stop = { $dates }  { $exhibitors ->
    [one] { $exhibitors } exposant
   *[other] { $exhibitors } exposantes et exposants
}, { $away ->
    [one] { $away } refusé
   *[other] { $away } refusés
}, écart de représentation { $gap } %, { $result }
tour-table-score = score : chaque critère est ramené de 0 (le meilleur) à 1 (le pire) sur ces itinéraires, pondéré et additionné ; le plus bas est le meilleur ; « privilégiés » : le moins et le plus d’étapes sur un stand privilégié, par exposant ; « manquées » : rencontres manquées
