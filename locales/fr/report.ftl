# Caravane — report (fr).
# Le rapport imprimable d’une étape (caravane report) et la page de comparaison des
# itinéraires d’une tournée (caravane compare --format html, ids report-tour-…).

report-caravane-report = rapport Caravane
report-where-when = { $place } — { $dates }
report-exhibitors-on-stands = { $exhibitors ->
    [one] { $exhibitors } exposant
   *[other] { $exhibitors } exposantes et exposants
} sur { $stands ->
    [one] { $stands } stand
   *[other] { $stands } stands
}
report-sample-data = Données d’exemple : les exposantes et exposants de cette étape sont inventés.
report-breaks-rules = Ce plan enfreint { $count ->
    [one] une règle
   *[other] { $count } règles
} de l’étape :
report-warning-what-holds = Le résultat ci-dessous est celui du plan tel qu’il est maintenant.
report-result = Le résultat
report-status-optimal = optimal
report-status-feasible = réalisable
report-status-breaks-rules = enfreint des règles
report-status-infeasible = impossible
report-status-unknown = inconnu
report-objective = objectif
report-bound-gap = , borne prouvée { $bound }, écart { $gap } %
report-no-bound = , aucune borne prouvée
report-solved-in = — résolu en { $seconds } s
report-no-layout = aucun plan.
report-note = Remarque : { $note }.
report-stopped-time-limit = La limite de temps a arrêté la recherche.
report-stopped-gap = La recherche s’est arrêtée une fois l’écart demandé atteint.
report-stopped-stages-done = Toutes les phases de la recherche sont allées à leur terme, sans aboutir à une preuve.
report-col-term = critère
report-col-meaning = ce qu’il mesure
report-col-value = valeur
report-col-weight = poids
report-col-cost = coût
report-col-total = total
report-plan = Le plan
report-costs-explained = Chaque coût expliqué
report-group-count-cost = { $count } cas, coût { $cost }
report-item-cost = — coût { $cost }
report-nothing-costs = Rien ne coûte : chaque critère vaut 0.
report-grid = Les provinces dans les zones
report-grid-what = Chaque case donne combien d’exposantes et d’exposants d’une province sont placés dans une zone et, entre parenthèses, la cible équitable : la part de la province parmi les exposantes et exposants de l’étape, multipliée par le nombre de places de la zone.
report-grid-colours = En vert, à moins d’un demi-exposant de la cible ; en jaune, à moins d’un exposant et demi ; en rouge, au-delà.
report-col-zone = zone
report-col-placed = placés
report-programme = Les rencontres d’échange
report-col-day = jour
report-col-time = horaire
report-col-room = salle
report-col-session = rencontre
report-col-registered = inscrits
report-no-session = Aucune rencontre n’est programmée dans cette solution.
report-exhibitors = Les exposantes et exposants
report-prime-legend = ★ : stand privilégié.
report-col-stand = stand
report-col-exhibitor = exposant
report-col-province = province
report-col-family = famille
report-col-agenda = rencontres
report-agenda-when = { $day }, { $time }
report-footer = Produit par Caravane à partir du fichier de l’étape et du fichier de solution. Chaque coût est recalculé à partir du plan, par le même code que « caravane check ».
report-cannot-be-made = erreur : le rapport ne peut pas être produit : { $error }

# Les critères de l’objectif : nom court, ce qu’il mesure, explication.
report-term-clash = Voisins en conflit
report-term-clash-label = voisins de la même famille, ou de familles incompatibles
report-term-clash-description = Voisins qui se font concurrence ou se gênent : deux stands de la même famille, ou de familles incompatibles, côte à côte, face à face ou dos à dos.
report-term-zone-balance = Équilibre des zones
report-term-zone-balance-label = provinces éloignées de leur juste part dans chaque zone
report-term-zone-balance-description = L’écart de chaque province à sa juste part de chaque zone de la place.
report-term-prime-balance = Équilibre des stands privilégiés
report-term-prime-balance-label = provinces éloignées de leur juste part des stands privilégiés
report-term-prime-balance-description = L’écart de chaque province à sa juste part des stands privilégiés.
report-term-empty-prime = Stands privilégiés vides
report-term-empty-prime-label = stands privilégiés laissés vides
report-term-empty-prime-description = Les stands privilégiés restés sans exposant.
report-term-missed-session = Rencontres manquées
report-term-missed-session-label = rencontres d’un même exposant tenues en même temps
report-term-missed-session-description = Les rencontres auxquelles un exposant est inscrit sans pouvoir y assister, parce qu’une autre de ses rencontres a lieu en même temps.
report-term-unattended = Stands sans surveillance
report-term-unattended-label = stands tenus par une seule personne et laissés vides pendant une rencontre, selon l’affluence
report-term-unattended-description = Les créneaux où un stand tenu par une seule personne reste sans surveillance le temps d’une rencontre, pondérés par l’affluence du créneau.
report-term-neighbour-watch = Voisins absents ensemble
report-term-neighbour-watch-label = stands voisins tenus par une seule personne, vides en même temps
report-term-neighbour-watch-description = Les créneaux où deux stands voisins, tenus chacun par une seule personne, sont vides en même temps parce que les personnes qui les tiennent sont en rencontre.
report-term-rotation = Rotation
report-term-rotation-label = stands privilégiés et zones obtenus de nouveau au fil de la tournée
report-term-rotation-description = Sur une tournée : les stands privilégiés et les zones obtenus de nouveau par celles et ceux qui les avaient aux étapes précédentes.

# La page de comparaison des itinéraires d’une tournée.
report-tour-compared = itinéraires comparés
report-tour-intro = { $count ->
    [one] { $count } itinéraire planifié étape par étape.
   *[other] { $count } itinéraires planifiés étape par étape et comparés.
} Le score le plus bas est classé premier.
report-tour-itinerary = { $rank }. { $name }
report-tour-ranking = Classement
report-tour-col-rank = rang
report-tour-col-itinerary = itinéraire
report-tour-col-score = score
report-tour-col-tour-km = km de tournée
report-tour-col-exhibitor-km = km des exposantes et exposants
report-tour-col-attending = présents
report-tour-col-turned-away = refusés
report-tour-col-representation-gap = écart de représentation (%)
report-tour-col-layout = coût des plans
report-tour-col-prime = stands privilégiés (min–max)
report-tour-col-gini = Gini
report-tour-col-sessions-missed = rencontres manquées
report-tour-criteria = Les critères, itinéraire par itinéraire
report-tour-criteria-what = Chaque barre est un critère ramené à l’ensemble des itinéraires comparés : pas de barre pour la meilleure valeur, une barre pleine pour la pire. La valeur brute est écrite à côté.
report-tour-chart-tour-km = km de tournée
report-tour-chart-exhibitor-km = km des exposantes et exposants
report-tour-chart-attending = présents (plus il y en a, mieux c’est)
report-tour-chart-representation-gap = écart de représentation
report-tour-chart-layout = coût des plans
report-tour-chart-prime-gini = Gini des stands privilégiés
report-tour-chart-sessions-missed = rencontres manquées
report-tour-km = { $km } km
report-tour-col-stop = étape
report-tour-col-dates = dates
report-tour-col-exhibitors = exposantes et exposants
report-tour-col-status = statut
report-tour-col-objective = objectif
report-tour-status-optimal = optimal
report-tour-status-feasible = réalisable
report-tour-status-infeasible = impossible
report-tour-status-unknown = inconnu
report-tour-status-not-planned = non planifiée
report-tour-footer = Produit par Caravane à partir du fichier de la tournée ; chaque étape a été planifiée et vérifiée.
report-tour-cannot-be-made = erreur : la page de comparaison ne peut pas être produite : { $error }
report-attribute-grid = Équilibre : { $attribute } — nombre placé (cible entre parenthèses)
