# Caravane — check (fr).
# Les phrases du vérificateur indépendant : règles enfreintes, coûts justifiés, affirmations
# du fichier de solution, verdict de « caravane check ».

## Mots de liaison

# « A et B » ; le reste de la liste est déjà séparé par des virgules.
check-and = { $first } et { $last }
check-comma = {", "}
check-semicolon = {"\u00A0; "}
# Un créneau : « le 7 novembre à 10:00 ».
check-when = le { $day } à { $time }

## Règles impératives

check-unknown-exhibitor = le plan place « { $exhibitor } », qui n’expose pas à cette étape
check-unknown-stand = le plan utilise le stand « { $stand } », qui n’existe pas sur cette place
check-two-stands = { $who } reçoit deux stands, { $first } et { $second }
check-double-booked = le stand { $stand } est attribué à la fois à { $first } et à { $second }
check-no-stand = { $who } n’a pas de stand
check-unmet-need = { $who } a besoin de « { $need } », que le stand { $stand } n’offre pas
check-broken-pin-elsewhere = { $who } doit occuper le stand { $pinned }, qui lui est réservé, mais se trouve sur le stand { $stand }
check-broken-pin-nowhere = { $who } doit occuper le stand { $pinned }, qui lui est réservé, mais n’a aucun stand
check-forbidden-stand = { $who } est sur le stand { $stand }, qui lui est interdit
check-unknown-session = le programme comporte « { $session } », qui n’est pas une rencontre de cette étape
check-session-twice = la rencontre *{ $title }* est programmée deux fois
check-unknown-room = la rencontre *{ $title }* a lieu dans la salle « { $room } », que cette étape n’a pas
check-unknown-slot = la rencontre *{ $title }* occupe le créneau « { $slot } », que cette étape n’a pas
check-session-not-held = la rencontre *{ $title }* n’est pas programmée
check-session-length = la rencontre *{ $title }* dure { $length ->
    [one] { $length } créneau
   *[other] { $length } créneaux
} mais en occupe { $given }
check-session-slots = la rencontre *{ $title }* n’occupe pas des créneaux consécutifs d’une même journée
check-room-too-small = la rencontre *{ $title }* demande { $seats ->
    [one] { $seats } place
   *[other] { $seats } places
} mais « { $room } » n’en compte que { $capacity }
check-room-lacks = la rencontre *{ $title }* a besoin de « { $need } », que « { $room } » n’offre pas
check-room-double-booked = « { $room } » accueille *{ $first }* et *{ $second }* en même temps, { $when }
check-facilitator-double-booked = { $facilitator } anime *{ $first }* et *{ $second }* en même temps, { $when }

## Pourquoi chaque coût

check-clash = Les stands { $a } et { $b } sont voisins { $kind ->
    [side] côte à côte
    [facing] face à face
   *[back] dos à dos
} et { $why } : { $first } et { $second } ({ NUMBER($kind_weight, maximumFractionDigits: 4) } × { NUMBER($family_weight, maximumFractionDigits: 4) } = { NUMBER($cost, maximumFractionDigits: 4) }).
check-clash-same = tous deux relèvent de la famille « { $family } »
check-clash-mix = leurs familles, « { $first } » et « { $second } », sont incompatibles
check-group-zone = Zone « { $zone } »
check-group-prime = Stands privilégiés
check-off-target = { $group } : { $province } y compte { $here ->
    [one] { $here } exposant
   *[other] { $here } exposantes et exposants
} pour une cible de { NUMBER($target, minimumFractionDigits: 2, maximumFractionDigits: 2) } ({ NUMBER($share, minimumFractionDigits: 1, maximumFractionDigits: 1) } % de { $count }), soit { NUMBER($off, minimumFractionDigits: 2, maximumFractionDigits: 2) } { $side ->
    [over] en trop
   *[under] en moins
}.
check-empty-prime = Le stand privilégié { $stand } reste vide.
check-rotation = { $who } { $reasons }.
check-rotation-prime = retrouve un stand privilégié ({ $stand }) après en avoir eu un { $count ->
    [one] à l’étape { $stops }
   *[other] aux étapes { $stops }
}
check-rotation-zone = se retrouve dans la zone « { $zone } », comme { $count ->
    [one] à l’étape { $stops }
   *[other] aux étapes { $stops }
}
check-rotation-and = { $first }, et { $second }
check-missed = { $who } est inscrit à { $titles }, toutes programmées { $when } : { $missed ->
    [one] { $missed } rencontre manquée
   *[other] { $missed } rencontres manquées
}.
check-unattended = { $who } tient seul son stand et le quitte pour { $parts } : { $cost }.
check-unattended-part = { $titles } { $when } ({ $footfall ->
    [quiet] heure creuse
    [normal] affluence normale
   *[busy] forte affluence
}, { $cost })
check-neighbour-watch = Les stands voisins { $a } et { $b }, tenus chacun par une seule personne, sont vides tous les deux { $when } : { $first } est à { $first_titles }, { $second } à { $second_titles }.

## Les termes de l’objectif, tels que les lit le planificateur

check-term-total = total

## Ce que le fichier de solution affirme

check-claim-problem-changed = le fichier de l’étape a changé depuis que cette solution a été faite (son empreinte diffère) : ce que le fichier dit de sa qualité — statut, borne, écart — a été prouvé pour une autre étape, et aucune borne n’est affirmée pour celle-ci
check-claim-not-recorded = le fichier n’indique pas pour quel fichier d’étape il a été fait (il n’a pas de problem_sha256 : une version antérieure de Caravane l’a écrit) ; ce qu’il dit de sa qualité est donc pris comme dit de cette étape, et l’on ne sait pas si l’étape a changé depuis
check-claim-unexpected-layout = le fichier indique "status": "{ $status }" mais contient { $count ->
    [one] { $count } affectation
   *[other] { $count } affectations
}
check-claim-objective-differs = l’objectif du fichier n’est pas ce que coûte son plan avec ce fichier d’étape ({ $changes }) : { $why }
check-claim-change = { $term } { $in_file } → { $recomputed }
check-claim-why-layout = le plan a été modifié depuis sa résolution
check-claim-why-stop = le fichier de l’étape a changé depuis
check-claim-why-either = le plan ou le fichier de l’étape a été modifié depuis
check-claim-bound-above-total = la borne { NUMBER($bound, maximumFractionDigits: 6) } dépasse l’objectif du plan, { NUMBER($total, maximumFractionDigits: 6) } : aucun plan ne peut coûter moins que la borne prouvée, cette borne est donc fausse
check-claim-no-bound = le fichier indique "status": "{ $status }" mais ne donne ni borne ni écart
check-claim-wrong-gap = l’écart { NUMBER($gap, maximumFractionDigits: 6) } ne découle pas de l’objectif du fichier ({ NUMBER($total, maximumFractionDigits: 6) }) et de sa borne ({ NUMBER($bound, maximumFractionDigits: 6) }) : il devrait valoir { NUMBER($expected, maximumFractionDigits: 6) }
check-claim-optimal-with-gap = le fichier indique "status": "optimal" mais l’écart vaut { NUMBER($gap, maximumFractionDigits: 6) }
check-claim-now-bound = le plan coûte maintenant { $total }, { $gap } % au-dessus de la borne prouvée { $bound }
check-claim-now-no-bound = le plan coûte maintenant { $total }, et aucune borne ne vaut pour lui
check-claim-stale-optimal = le statut du fichier (optimal, écart nul) valait pour le plan tel qu’il a été résolu, pas pour celui-ci : { $now }
check-claim-stale-gap = l’écart de { $gap } % annoncé par le fichier valait pour le plan tel qu’il a été résolu : { $now }

## Ce qui est établi

check-standing-optimal = optimal
check-standing-feasible = réalisable
check-standing-breaks-rules = enfreint des règles
check-standing-infeasible = impossible
check-standing-unknown = inconnu
check-figures-infeasible = aucun plan ne respecte toutes les règles de l’étape
check-figures-unknown = aucun plan n’a été trouvé dans les limites données
check-figures-breaks = objectif { $total }, mais le plan enfreint { $count ->
    [one] { $count } règle
   *[other] { $count } règles
} de l’étape
check-figures-bound = objectif { $total }, borne prouvée { $bound }, écart { $gap } %
check-figures-no-bound = objectif { $total }, pas de borne prouvée
check-figures-none = aucun plan
check-since-changed = le fichier de l’étape a changé depuis que cette solution a été faite
check-since-by-hand = modifié à la main depuis sa résolution
check-since-either = le plan ou le fichier de l’étape a été modifié depuis sa résolution
check-warning-untrue = le fichier de solution affirme ce qui n’est pas vrai (voir caravane check)
check-warning-since = { $since } : ce que le fichier affirmait ne tient plus
check-meaning-optimal = Aucun plan de cette étape ne peut faire mieux avec ces règles : Caravane l’a prouvé.
check-meaning-feasible-bound = Aucun plan de cette étape ne peut descendre sous la borne prouvée { $bound } ; celui-ci la dépasse de { $gap } %, il n’est donc pas prouvé qu’il soit le meilleur.
check-meaning-feasible-changed = Le fichier de l’étape a changé depuis que cette solution a été faite : chaque coût est recalculé pour l’étape telle qu’elle est, mais aucune borne n’est connue pour elle, et l’on ne sait donc pas à quelle distance ce plan est du meilleur. Relancez la résolution pour le savoir.
check-meaning-feasible-no-bound = Aucune borne n’est connue pour cette étape : on ne sait pas à quelle distance ce plan est du meilleur.
check-meaning-breaks = Ce plan enfreint { $count ->
    [one] { $count } règle
   *[other] { $count } règles
} de l’étape : il ne peut pas être utilisé tel quel, et rien n’est affirmé sur sa qualité.
check-meaning-infeasible = Le fichier de solution indique qu’aucun plan ne respecte toutes les règles de cette étape.
check-meaning-unknown = La recherche s’est arrêtée avant de trouver un plan.

## Le verdict de « caravane check »

check-note = remarque : { $text }
check-note-other-problem = la solution a été faite pour l’étape « { $named } », mais le fichier d’étape est celui de « { $name } »
check-note-no-layout = le fichier ne contient aucun plan ("status": "{ $status }")
check-note-no-timetable = le fichier ne contient pas de programme des rencontres : seuls les stands sont vérifiés, et les critères des rencontres comptent 0
check-note-no-objective = le fichier ne donne pas d’objectif : les valeurs recalculées sont données seules
check-hard-kept = règles impératives : toutes respectées
check-hard-broken = règles impératives : { $count ->
    [one] { $count } non respectée
   *[other] { $count } non respectées
}
check-claims-hold = affirmations du fichier : toutes vérifiées
check-claims-untrue = affirmations du fichier : { $count ->
    [one] { $count } ne tient pas
   *[other] { $count } ne tiennent pas
}
check-what-holds = ce qui est établi : { $claim }
check-table-objective = objectif
check-table-in-file = fichier
check-table-recomputed = recalculé
check-table-ok = ok
check-table-differs = DIFFÈRE
check-why = ce que coûte le plan, et pourquoi :
check-passed = vérification réussie
check-failed = vérification ÉCHOUÉE
check-moves-heading = { $count ->
    [one] { $count } exposant a
   *[other] { $count } exposantes et exposants ont
} un autre stand que dans l’ancienne solution :
check-moves-not-there = (absent)
check-moves-gone = (parti)
