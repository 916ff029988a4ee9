# Les compromis prouvés : fronts entre conflits et équilibre, entre déplacements et objectif.

front-no-layout = aucune disposition trouvée dans le temps donné
front-no-timetable = aucun emploi du temps trouvé pour les stands d’un point
front-progress-point = point { $point } du front : le moindre équilibre, puis le moindre conflit à cet équilibre
front-progress-best = le meilleur objectif de toute nouvelle disposition
front-progress-moves = le meilleur objectif avec au plus { $moves } déplacements
front-axis-clash = Conflits (pondérés)
front-axis-balance = Équilibre (pondéré)
front-axis-moves = Déplacements choisis
front-axis-objective = Objectif
front-status-proven = prouvé
front-status-gap = non prouvé (écart { $gap } %)
front-title-clash-balance = { $stop } : les compromis entre conflits et équilibre
front-title-moves-objective = { $stop } : ce que chaque déplacement fait gagner
front-how-clash-balance = Chaque point est une disposition : pour ce niveau de conflits entre voisins, aucune disposition n’a un meilleur équilibre (provinces, stands privilégiés), et à cet équilibre aucune n’a moins de conflits. Les valeurs sont celles du vérificateur. Cliquez sur un point pour voir son plan ; cliquez sur un second point pour voir qui change de stand et les deux tableaux des termes.
front-how-moves-objective = Chaque point est la meilleure nouvelle disposition avec au plus ce nombre de déplacements choisis (les autres exposants gardent leur stand) ; le premier garde tout le monde, le dernier est la meilleure de toutes. Cliquez sur un point pour voir son plan ; cliquez sur un second point pour voir qui change de stand et les deux tableaux des termes.
front-incomplete = Le temps accordé s’est écoulé avant la fin du front : les points montrés sont justes, d’autres peuvent manquer.
front-hint = Cliquez sur un point du graphique ou sur son numéro dans le tableau.
front-plan-of = Plan du point { $point }
front-col-point = Point
front-col-status = Statut
front-col-changes = Changements de stand
front-col-file = Fichier
front-col-term = Terme
front-col-value = Valeur
front-col-weight = Poids
front-col-cost = Coût
front-col-total = Total
front-terms-of = Point { $point }
front-diff-title = Du point { $a } au point { $b } : { $count ->
        [one] { $count } exposant change de stand
       *[other] { $count } exposants changent de stand
    }
front-diff-none = Personne ne change de stand.
front-diff-move = { $exhibitor } : du stand { $from } au stand { $to }
cli-about-tradeoffs = Montre les compromis prouvés d’une étape : pour chaque niveau de conflits, le meilleur équilibre (ou, pour un changement de dernière minute, le meilleur objectif pour 0, 1, 2… déplacements) ; chaque point est enregistré comme solution et montré sur une page pour choisir
cli-arg-tradeoffs-problem = Le fichier d’étape
cli-arg-tradeoffs-between = Les deux côtés : clash,balance (conflits et équilibre) ou moves,objective (déplacements et objectif, avec --from)
cli-arg-tradeoffs-from = La solution annoncée, pour --between moves,objective
cli-arg-tradeoffs-output = Dossier du front (par défaut : NOM.tradeoffs à côté du fichier d’étape)
cli-arg-tradeoffs-time-limit = Secondes accordées pour tout le front
cli-arg-tradeoffs-json = Affiche le front en JSON
cli-tradeoffs-bad-between = erreur : --between attend clash,balance ou moves,objective, pas { $given }
cli-tradeoffs-needs-from = erreur : --between moves,objective compare des changements de dernière minute : donnez la solution annoncée avec --from
cli-tradeoffs-internal-error = erreur interne, aucun fichier écrit : { $why }
cli-tradeoffs-head-clash-balance = front entre conflits et équilibre : { $count ->
        [one] { $count } point
       *[other] { $count } points
    }
cli-tradeoffs-head-moves-objective = front entre déplacements et objectif : { $count ->
        [one] { $count } point
       *[other] { $count } points
    }
cli-tradeoffs-step-clash-balance = { $changes ->
        [one] changer { $changes } exposant de stand
       *[other] changer { $changes } exposants de stand
    } fait gagner { $clash } points de conflits pour { $balance } points d’équilibre de plus
cli-tradeoffs-step-moves = { $moves ->
        [one] déplacer { $moves } exposant
       *[other] déplacer { $moves } exposants
    } fait gagner { $gain } points sur l’objectif
cli-tradeoffs-all-proven = chaque point est prouvé : aucune disposition ne fait mieux des deux côtés à la fois
cli-tradeoffs-open-page = la page pour choisir : { $page }
