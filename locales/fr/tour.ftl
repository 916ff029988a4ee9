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

## Les coordonnées des villes

tour-coordinate-range = une { $field } de { $value }°, hors de −{ $limit }° à { $limit }°
tour-coordinate-range-action = écrivez la { $field } en degrés décimaux, de −{ $limit } à { $limit } ({ $field ->
    [latitude] positive au nord de l’équateur ; Taroudant est à 30,47
   *[other] négative à l’ouest de Greenwich ; Taroudant est à −8,88
})
tour-coordinate-half = la ville « { $town } » n’a pas de { $field } alors qu’elle a { $field ->
    [latitude] une longitude
   *[other] une latitude
}
tour-coordinate-half-action = donnez la latitude et la longitude, ou aucune des deux (la carte ne montre que les villes qui ont les deux)

## Une tournée à partir des tableaux (caravane import-tour)

tour-sheet-at = ligne { $line }, colonne « { $column } »
tour-sheet-line = ligne { $line }
tour-sheet-header-unreadable = la ligne des titres ne peut pas être lue : { $why }
tour-sheet-header-unreadable-action = enregistrez la feuille en CSV (séparateur ; ou ,) avec les noms des colonnes sur la première ligne
tour-sheet-row-unreadable = la ligne ne peut pas être lue : { $why }
tour-sheet-row-unreadable-action = vérifiez les guillemets de cette ligne
tour-sheet-missing-column = la feuille n’a pas de colonne « { $column } » ; ses colonnes sont : { $columns }
tour-sheet-missing-column-action = ajoutez la colonne « { $column } » (ou l’un de ces noms : { $names })
tour-sheet-write-closest = écrivez « { $name } » si c’est bien cela, ou l’un des noms ou identifiants connus
tour-sheet-write-known = écrivez l’un des noms ou identifiants connus
tour-sheet-no-venue-file = aucun lieu n’est donné
tour-sheet-no-venue-file-action = donnez le lieu de chaque ville d’étape : --venue VILLE=LIEU.json
tour-sheet-venue-town-action = écrivez avant le « = » l’identifiant ou le nom d’une ville de { $towns }
tour-sheet-no-name = la ville n’a pas de nom
tour-sheet-no-name-action = écrivez son nom
tour-sheet-town-twice = l’identifiant « { $id } » est déjà celui de la ville de la ligne { $first }
tour-sheet-town-twice-action = donnez à chaque ville son propre identifiant, ou retirez la ligne en double
tour-sheet-not-degrees = « { $value } » n’est pas un nombre de degrés
tour-sheet-not-degrees-action = écrivez la { $field } en degrés décimaux, par exemple 30,47 (ou laissez la cellule vide)
tour-sheet-not-km = « { $value } » n’est pas un nombre de kilomètres
tour-sheet-not-km-action = écrivez un nombre de km, par exemple 85 ou 12,5
tour-sheet-no-home = l’exposant « { $exhibitor } » n’a pas de commune ; une tournée en a besoin pour les distances
tour-sheet-no-home-action = écrivez la ville de la feuille des villes la plus proche de chez lui
tour-sheet-home-unknown-action = ajoutez cette ville à la feuille des villes (et ses routes), ou écrivez la ville connue la plus proche
tour-sheet-no-itinerary = la ligne ne dit pas de quel itinéraire elle est une étape
tour-sheet-no-itinerary-action = écrivez le nom de l’itinéraire ; les lignes du même itinéraire portent le même nom
tour-sheet-not-order = « { $value } » n’est pas un numéro d’étape
tour-sheet-not-order-action = écrivez 1 pour la première étape, 2 pour la suivante…
tour-sheet-no-venue = aucun lieu n’est donné pour { $town }
tour-sheet-no-venue-action = donnez-en un : --venue { $town }=LIEU.json
tour-sheet-which-venue = { $town } a plusieurs lieux : { $venues }
tour-sheet-which-venue-action = écrivez dans la colonne « lieu » celui de cette étape
tour-sheet-venue-elsewhere = le lieu « { $venue } » n’est pas à { $town }
tour-sheet-venue-elsewhere-action = écrivez un lieu de cette ville, ou corrigez la ville
tour-sheet-not-date = « { $value } » n’est pas une date
tour-sheet-not-date-action = écrivez la date comme 07/11/2025 ou 2025-11-07
tour-sheet-not-places = « { $value } » n’est pas un nombre de places
tour-sheet-not-places-action = écrivez un nombre entier de places, ou laissez la cellule vide pour offrir tous les stands
tour-sheet-radius-and-list = l’étape donne à la fois un rayon et une liste d’exposantes et exposants
tour-sheet-radius-and-list-action = gardez l’un des deux : le rayon admet qui habite assez près, la liste admet ceux qu’elle nomme
tour-sheet-not-quota = « { $value } » n’est pas un quota
tour-sheet-not-quota-action = écrivez chaque quota comme « Tiznit : 12 », séparés par des virgules
tour-sheet-order-twice = l’étape { $order } de cet itinéraire est déjà à la ligne { $first }
tour-sheet-order-twice-action = donnez à chaque étape de l’itinéraire son propre numéro

## La commande import-tour

tour-cli-about-import-tour = Crée un fichier de tournée à partir des tableaux des villes, des routes, des itinéraires et des exposantes et exposants (CSV), et du fichier d’étape du lieu de chaque ville
tour-cli-arg-towns = Le tableau des villes : nom, et au choix identifiant, province, latitude, longitude
tour-cli-arg-roads = Le tableau des routes : de, à, km
tour-cli-arg-itineraries = Le tableau des itinéraires : itinéraire, ordre, ville, du, au, et au choix lieu, places, rayon, exposants, quotas, rencontres
tour-cli-arg-exhibitors = Le tableau de toutes les exposantes et tous les exposants ; la commune de chacun est sa ville d’origine
tour-cli-arg-venue = VILLE=ÉTAPE.json : le fichier d’étape dont les stands, zones, repères, salles et créneaux sont le lieu de cette ville ; à répéter pour chaque ville d’étape
tour-cli-arg-like = Un fichier d’étape qui donne les provinces, les familles, les règles et les rencontres (par défaut : le premier lieu)
tour-cli-arg-name = Le nom de la tournée (par défaut : celui de l’étape donnée par --like ou du premier lieu)
tour-cli-arg-output = Le fichier de tournée à écrire
tour-cli-venue-arg = « { $value } » ne dit pas quelle ville a ce lieu
tour-cli-venue-arg-action = écrivez --venue VILLE=LIEU.json, par exemple --venue taroudant=instances/taroudant-2025.problem.json
tour-cli-read = lu : { $towns ->
    [one] { $towns } ville
   *[other] { $towns } villes
}, { $roads ->
    [one] { $roads } route
   *[other] { $roads } routes
}, { $exhibitors ->
    [one] { $exhibitors } exposant
   *[other] { $exhibitors } exposantes et exposants
}, { $venues ->
    [one] { $venues } lieu
   *[other] { $venues } lieux
}, { $itineraries ->
    [one] { $itineraries } itinéraire
   *[other] { $itineraries } itinéraires
} ({ $stops ->
    [one] { $stops } étape
   *[other] { $stops } étapes
})

## La page de comparaison : la carte, le sens des critères, les refus

report-tour-page-map = Carte des itinéraires
report-tour-page-map-what = Les villes de la tournée à leur place, le nord en haut. Chaque itinéraire est tracé dans sa couleur par les routes les plus courtes d’une étape à la suivante ; les pastilles numérotent ses étapes dans l’ordre. Les villes en gris sont celles d’où viennent des exposantes et exposants.
report-tour-page-map-none = Pas de carte : { $count ->
    [one] { $towns } n’a pas
   *[other] { $towns } n’ont pas
} de coordonnées. Donnez à chaque ville sa latitude et sa longitude dans le fichier de la tournée (ou dans le tableau des villes).
report-tour-page-map-left-off = Sans coordonnées, hors de la carte : { $towns }.
report-tour-page-north = N
report-tour-page-meaning = Ce que mesure chaque colonne
report-tour-page-means-score = Chaque critère est ramené de 0 (le meilleur des itinéraires comparés) à 1 (le pire), pondéré puis additionné : le score le plus bas est le meilleur.
report-tour-page-means-tour-km = Les kilomètres que le marché parcourt d’une étape à la suivante, par les routes les plus courtes.
report-tour-page-means-exhibitor-km = Pour chaque place à chaque étape, les kilomètres de la commune de l’exposant jusqu’à l’étape (aller simple), additionnés : moins il y en a, moins les coopératives voyagent.
report-tour-page-means-attending = Les exposantes et exposants qui ont une place à une étape au moins : plus il y en a, mieux c’est.
report-tour-page-means-turned-away = Les candidatures sans place, additionnées sur les étapes ; le détail et la raison de chacune sont donnés plus bas, étape par étape.
report-tour-page-means-representation-gap = À chaque étape, la part des provinces parmi les exposantes et exposants comparée à leur part dans toute la région : 0 % est exactement le mélange régional, plus le chiffre monte, plus quelques provinces dominent ; l’itinéraire en donne la moyenne.
report-tour-page-means-layout = La somme des coûts des plans des étapes (voisins en conflit, équilibre des zones, rencontres…), telle que chaque résolution l’a calculée : plus bas, c’est mieux.
report-tour-page-means-prime = Le moins et le plus d’étapes passées sur un stand privilégié par une même exposante ou un même exposant.
report-tour-page-means-gini = L’indice de Gini de ces passages sur un stand privilégié : 0 si tout le monde en a eu autant, plus proche de 1 si quelques-uns les ont tous eus.
report-tour-page-means-sessions-missed = Les rencontres auxquelles des inscrits n’ont pas pu assister, sur toutes les étapes.
report-tour-page-means-status = Optimal : aucun plan meilleur n’existe, c’est prouvé ; réalisable : un plan valable, sans preuve qu’il soit le meilleur.
report-tour-page-means-objective = Le coût du plan de l’étape ; le coût des plans de l’itinéraire en est la somme.
report-tour-page-away = Qui n’a pas eu de place, et pourquoi
report-tour-page-away-count = { $count ->
    [one] { $count } candidature sans place
   *[other] { $count } candidatures sans place
}
report-tour-page-away-none = Chaque candidature a eu une place, à chaque étape.
report-tour-page-colon = {"\u00A0: "}
