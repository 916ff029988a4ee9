# Caravane — planning (fr).

## Mots des listes et des rapports du solveur

planning-none = aucune
planning-list-comma = {", "}
planning-list-and = { $head } et { $last }
planning-list-or = { $head } ou { $last }
planning-list-more = { $list } et { $more ->
        [one] 1 autre
       *[other] { $more } autres
    }
planning-quoted = « { $text } »

## Les phases de la résolution

planning-stage-matching = appariement
planning-stage-counts = équilibre
planning-stage-search = recherche locale
planning-stage-least-clash = moindre conflit
planning-stage-whole = modèle complet
planning-stage-timetable = emploi du temps
planning-stage-timetable-bound = borne des rencontres
planning-stage-re-seat = nouveau placement
planning-progress-matching = vérifie que chaque exposant peut avoir un stand
planning-progress-counts = équilibre les provinces entre les zones et les stands privilégiés ({ $vars } variables, { $rows } lignes)
planning-progress-whole-flows = les comptes trouvés demandent des flux fractionnaires ; nouvelle résolution avec des flux entiers
planning-progress-search = place les exposantes et exposants selon ces comptes en éloignant les voisins en conflit
planning-progress-least-clash = prouve le moindre conflit possible ({ $vars } variables, { $rows } lignes)
planning-progress-whole = réduit l’écart sur tout l’objectif des stands ({ $vars } variables, { $rows } lignes)
planning-progress-timetable = programme les rencontres pour ces stands
planning-progress-timetable-bound = borne les critères des rencontres pour tous les plans possibles
planning-result-everyone = chacun peut être placé
planning-result-deficient = { $count ->
        [one] 1 groupe sans assez de stands
       *[other] { $count } groupes sans assez de stands
    }
planning-result-out-of-time = arrêté par la limite de temps
planning-result-counts = { $status }, équilibre { $balance }, borne { $bound }
planning-result-search = conflits { $clash }
planning-result-least-clash = { $status }, borne des conflits { $bound }
planning-result-whole = { $status }, objectif { $objective }, borne { $bound }
planning-result-timetable = { $status }, rencontres { $sessions }, borne { $bound }
planning-mip-optimal = optimal
planning-mip-feasible = réalisable
planning-mip-infeasible = impossible
planning-mip-no-solution = aucune solution
planning-mip-timed-out = délai dépassé

## Pourquoi une étape n’a pas de plan

planning-infeasible-pinned = { $stand } est réservé à { $exhibitor }
planning-infeasible-restricted = {" "}(stands réservés et interdits pris en compte)
planning-infeasible-restricted-list = {" "}(stands réservés et interdits pris en compte : { $pins })
planning-infeasible-too-many = Il y a { $exhibitors ->
        [one] 1 exposant
       *[other] { $exhibitors } exposantes et exposants
    } mais { $stands ->
        [0] aucun stand
        [one] un seul stand
       *[other] seulement { $stands } stands
    }. Ajoutez des stands, ou reportez une partie des exposantes et exposants à une autre étape.
planning-infeasible-needs = { $count ->
        [one] Cet exposant a besoin de { $needs }
       *[other] Ces { $count } exposantes et exposants ont besoin de { $needs }
    }, mais { $offered ->
        [0] aucun stand ne l’offre{ $tail }
        [one] un seul stand le leur offre{ $tail } : { $stands }
       *[other] seuls { $offered } stands le leur offrent{ $tail } : { $stands }
    }. { $count ->
        [one] Exposant
       *[other] Exposantes et exposants
    } : { $names }. Ajoutez { $needs } à { $missing ->
        [one] un stand de plus
       *[other] { $missing } stands de plus
    }, ou reportez-en { $missing ->
        [one] un
       *[other] { $missing }
    } à une autre étape.
planning-infeasible-choice = En raison de leurs besoins{ $tail }, { $count ->
        [one] cet exposant ne peut utiliser
       *[other] ces { $count } exposantes et exposants ne peuvent utiliser
    } { $offered ->
        [0] aucun stand
        [one] qu’un seul stand à eux tous : { $stands }
       *[other] que { $offered } stands à eux tous : { $stands }
    }. { $count ->
        [one] Exposant
       *[other] Exposantes et exposants
    } : { $names }. Élargissez leur choix { $missing ->
        [one] d’un stand
       *[other] de { $missing } stands
    }, ou reportez-en { $missing ->
        [one] un
       *[other] { $missing }
    } à une autre étape.
planning-timetable-infeasible = Aucun emploi du temps ne tient chaque rencontre une fois sans mettre deux rencontres dans la même salle au même moment, ni une animatrice ou un animateur à deux endroits à la fois. Prise seule, chaque rencontre trouve une salle et un jour : ce sont donc les rencontres qui se disputent les mêmes salles, les mêmes jours ou les mêmes personnes. Ajoutez un créneau ou une salle, ou raccourcissez une rencontre.
planning-facilitator-overbooked = { $person } anime { $sessions } ({ $need } créneaux en tout), mais le programme n’a que { $slots } créneaux : une même personne ne peut pas être dans deux rencontres à la fois. Confiez l’une de ces rencontres à une autre personne, ou ajoutez des créneaux.
planning-rooms-short = { $count ->
        [one] { $sessions } ne peut se tenir que
       *[other] { $sessions } ne peuvent se tenir que
    } dans { $rooms } (assez de places et d’équipement), qui offrent { $offer } créneaux de salle, alors qu’il en faut { $need }. Ajoutez des créneaux ou une salle qui convient.

## Statut d’une solution

planning-status-optimal = optimal
planning-status-feasible = réalisable
planning-status-infeasible = impossible
planning-status-unknown = inconnu

## Plans, replanification, changements à la main

planning-disagreement = l’objectif du solveur, { $solver }, diffère de celui du vérificateur, { $checker }
planning-bad-layout = le plan à garder n’est pas valable pour cette étape : { $why }
planning-not-finite = l’objectif du plan atteint { $total }, ce qu’un fichier de solution ne peut pas contenir : les poids de l’étape sont trop grands ; gardez chaque poids à 1000000 au plus
planning-replan-no-layout = aucun plan n’a été trouvé pour l’étape modifiée dans les limites données
planning-replan-no-timetable = aucun emploi du temps n’a été trouvé pour l’étape modifiée dans la limite de temps
planning-move-arrives = { $name } arrive et reçoit le stand { $stand }
planning-move-head = { $name } passe du stand { $from } au stand { $to }
planning-move-forced = { $head } — imposé : { $reason }
planning-move-chosen = { $head } — { $why }
planning-move-saves = choisi : fait gagner { $saves } (le plan entier coûterait { $saves } de plus { $against })
planning-move-saves-nothing = choisi : ne fait rien gagner (le plan entier coûterait autant { $against })
planning-move-back = s’il revenait au stand { $from }
planning-move-back-swapped = s’il revenait au stand { $from } et { $other } au stand { $to }
planning-move-cannot-go-back = { $head } — choisi : le plan entier coûte moins ainsi ; il ne peut pas revenir seul au stand { $from }
planning-forced-stand-gone = le stand { $stand } n’est plus sur le plan
planning-forced-need = le stand { $stand } n’offre plus { $needs }
planning-forced-forbidden = le stand { $stand } lui est désormais interdit
planning-forced-pinned-elsewhere = le stand { $stand } lui est désormais réservé
planning-forced-pinned-to-other = le stand { $stand } est désormais réservé à { $other }
planning-session-new = { $title } est une nouvelle rencontre de l’étape
planning-session-forced = { $title } change de place — imposé : { $reason }
planning-session-chosen = { $title } change de place — { $why }
planning-session-cannot-go-back = { $title } change de place — choisi : le plan entier coûte moins ainsi ; elle ne peut pas revenir seule
planning-session-back = si elle revenait en salle { $room } à { $slots }
planning-session-room-gone = la salle { $room } n’est plus sur le plan
planning-session-slot-gone = le créneau { $slot } n’est plus au programme
planning-session-room-unfit = { $room } ne lui convient plus (places ou équipement)
planning-session-slots-apart = ses créneaux ne forment plus { $length ->
        [one] un créneau
       *[other] { $length } créneaux d’affilée
    } dans une même journée
planning-no-such-exhibitor = il n’y a pas d’exposant « { $id } » dans le fichier d’étape
planning-recommend-placed = l’exposant « { $id } » a déjà un stand dans la solution
planning-recommend-no-stand = aucun stand libre et permis à « { $id } » ne répond à ses besoins
planning-recommend-clash = { $text } (coût { $cost })
planning-recommend-costs = { $term } : coûte { $by } de plus que le meilleur stand
planning-recommend-saves = { $term } : coûte { $by } de moins que le meilleur stand
planning-recommend-best = aucun conflit avec ses voisins, et les provinces restent aussi équilibrées que possible
planning-recommend-same = coûte autant que le meilleur stand
planning-hand-no-layout = la solution ne contient aucun plan à modifier (statut : { $status })
planning-hand-no-such-stand = il n’y a pas de stand « { $id } » sur la place
planning-hand-not-placed = l’exposant « { $id } » n’a pas de stand dans la solution : donnez-lui-en un avec move
planning-hand-already-there = l’exposant « { $id } » est déjà au stand { $stand }
planning-hand-same = l’exposant « { $id } » ne peut pas échanger son stand avec lui-même
planning-hand-taken = le stand { $stand } est occupé par { $by_name } ({ $by }) : pour le donner à « { $id } », échangez leurs stands avec swap
planning-hand-breaks = le changement enfreindrait une règle de l’étape : { $rules }
planning-hand-bound-carried = la borne est celle prouvée quand l’étape a été résolue : le fichier d’étape est le même, et une borne valable pour tous les plans ne dépend pas du plan
planning-hand-bound-unrecorded = l’ancien fichier n’indique pas pour quelle étape il a été fait : la borne est celle que le modèle des comptes prouve maintenant pour tous les plans de l’étape
planning-hand-bound-stop-changed = le fichier d’étape a changé depuis l’ancienne solution : la borne est celle que le modèle des comptes prouve maintenant pour tous les plans de l’étape
planning-hand-bound-none-holds = l’ancien fichier ne donne aucune borne qui tienne : la borne est celle que le modèle des comptes prouve maintenant pour tous les plans de l’étape
planning-hand-sessions-kept = les rencontres gardent leurs salles et leurs créneaux ; leurs critères sont recalculés par le vérificateur pour les nouveaux stands
planning-hand-broken-before = le plan enfreignait { $count ->
        [one] une règle
       *[other] { $count } règles
    } avant ce changement et l’enfreint toujours : { $rules }
