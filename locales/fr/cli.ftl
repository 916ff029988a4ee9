# Caravane — cli (fr).

## L’aide (--help)

cli-about = Planifie les étapes d’une caravane de l’économie sociale et solidaire : stands, rencontres et tournées, par une résolution exacte.
cli-about-validate = Vérifie des fichiers d’étape et de tournée et signale chaque problème, avec où et comment le corriger
cli-about-info = Résume une étape : exposantes et exposants par province et par famille, stands par zone et par équipement, besoins face à l’offre, paires de voisins
cli-about-solve = Planifie une étape, les stands puis les rencontres, par une résolution exacte ; revérifie le plan et écrit le fichier de solution
cli-about-timetable = Affiche le programme d’une solution par jour et par salle, et l’agenda de chaque exposant
cli-about-check = Revérifie un plan, fait par Caravane ou retouché à la main : règles impératives, chaque critère de l’objectif recalculé et expliqué, puis ce que le fichier affirme de lui-même et ce qui en tient
cli-about-scaling = Mesure la résolution des stands sur des étapes générées de taille croissante et affiche un tableau (pour les ingénieurs)
cli-about-plan = Dessine le plan à l’échelle d’une solution, à imprimer en A3 : stands colorés par province, stands privilégiés, zones, voisins en conflit en rouge avec la raison
cli-about-report = Écrit le rapport imprimable d’une solution : un seul fichier HTML avec le plan, chaque coût expliqué, les provinces dans les zones, le programme et les agendas
cli-about-import = Crée un fichier d’étape à partir du tableau des exposantes et exposants (CSV, « ; » ou « , », UTF-8 ou Windows-1252) et d’un fichier d’étape qui donne le lieu, les provinces, les familles et les règles
cli-about-export = Écrit les affectations d’une solution dans un tableau pour Excel (« ; », UTF-8 avec BOM) : exposant, province, famille, stand, zone, agenda
cli-about-replan = Replanifie une étape qui a changé après l’annonce de son plan, en réduisant au minimum l’objectif entier augmenté du coût des déplacements ; affiche qui est parti, quels stands sont libres, qui est arrivé ou a changé de stand et pourquoi, l’objectif avant et après, et pourquoi la recherche s’est arrêtée
cli-about-move = Déplace un exposant vers un stand libre en respectant toutes les règles impératives ; affiche ce que le changement coûte critère par critère et pourquoi, et écrit la nouvelle solution
cli-about-swap = Échange les stands de deux exposantes ou exposants en respectant toutes les règles impératives ; affiche ce que le changement coûte critère par critère et pourquoi, et écrit la nouvelle solution
cli-about-recommend = Les meilleurs stands libres pour un exposant de plus, sans déplacer personne
cli-about-schema = Affiche le schéma JSON du fichier d’étape (ou du fichier de solution ou de tournée)
cli-about-tour = Planifie chaque étape de chaque itinéraire d’une tournée, dans l’ordre des dates avec l’historique des étapes précédentes, et écrit le fichier d’étape et la solution de chacune
cli-about-compare = Planifie les itinéraires d’une tournée et les classe côte à côte : trajets, participation, représentation, qualité du plan, équité des stands privilégiés, rencontres manquées
cli-about-generate = Écrit une étape fictive de la taille voulue, avec les statistiques de la région
cli-about-help = Affiche ce message ou l’aide des commandes données
cli-help-usage = Utilisation{"\u00A0"}:
cli-help-commands = Commandes{"\u00A0"}
cli-help-arguments = Arguments{"\u00A0"}
cli-help-options = Options{"\u00A0"}
cli-arg-help = Affiche l’aide
cli-arg-version = Affiche la version
cli-arg-help-command = La commande dont afficher l’aide
cli-arg-verbose = Montre ce que fait Caravane sur la sortie d’erreur : -v ses étapes et les appels au solveur, -vv aussi le journal du solveur
cli-arg-lang = La langue de Caravane : fr (par défaut), en ou ar. Sans cette option : CARAVANE_LANG, puis la langue du système si c’est l’une des trois, puis le français
cli-arg-validate-files = Fichiers d’étape (NOM.problem.json) ou de tournée (NOM.tour.json)
cli-arg-json-report = Affiche les problèmes en JSON
cli-arg-stop-file = Le fichier d’étape
cli-arg-info-json = Affiche le résumé en JSON
cli-arg-solution-file = Le fichier de solution
cli-arg-solve-problem = Le fichier d’étape (NOM.problem.json)
cli-arg-solve-output = Fichier à écrire (par défaut : NOM.solution.json à côté du fichier d’étape)
cli-arg-solve-time-limit = S’arrête après ce nombre de secondes avec le meilleur plan trouvé et son écart à la borne prouvée
cli-arg-gap = S’arrête dès que le plan est prouvé à cet écart relatif près (par exemple 0.01 pour 1 %)
cli-arg-threads = Fils d’exécution du solveur
cli-arg-solve-seed = Graine de la recherche locale (la même graine donne le même plan)
cli-arg-solve-quiet = Ni messages de progression ni durées des phases sur la sortie d’erreur (les résultats restent affichés)
cli-arg-solve-only = Ne planifie qu’une partie : stands (les stands seuls, sans emploi du temps) ou sessions (les rencontres seules, en gardant les stands de --layout)
cli-arg-solve-layout = La solution dont les stands sont gardés avec --only sessions
cli-arg-timetable-exhibitor = Seulement l’agenda de cet exposant
cli-arg-check-against = Liste aussi les exposantes et exposants dont le stand n’est plus celui de cette solution plus ancienne
cli-arg-scaling-sizes = Tailles des étapes générées, en nombre d’exposantes et d’exposants
cli-arg-scaling-seed = Graine des étapes générées
cli-arg-scaling-time-limit = Secondes accordées à chaque résolution
cli-arg-scaling-sessions = Planifie aussi les rencontres générées (le plan entier), pas seulement les stands
cli-arg-plan-svg = Le fichier SVG à écrire
cli-arg-report-html = Le fichier HTML à écrire
cli-arg-export-csv = Le fichier CSV à écrire
cli-arg-problem-beside = Le fichier d’étape (par défaut : NOM.problem.json à côté de la solution)
cli-arg-import-exhibitors = Le tableau des exposantes et exposants, enregistré en CSV
cli-arg-import-venue = Un fichier d’étape dont le lieu, les provinces, les familles, les règles et le programme sont repris (ses exposantes et exposants sont remplacés)
cli-arg-import-sessions = Un fichier d’étape dont les salles, les créneaux et les rencontres remplacent ceux du fichier du lieu
cli-arg-import-output = Le fichier d’étape à écrire
cli-arg-replan-problem = Le fichier d’étape modifié
cli-arg-announced = La solution annoncée
cli-arg-replan-output = Fichier à écrire (par défaut : NOM.replanned.solution.json à côté du fichier d’étape)
cli-arg-replan-move-cost = Ce que coûte un déplacement choisi, en unités de l’objectif
cli-arg-replan-max-moves = Au plus ce nombre de déplacements choisis
cli-arg-replan-fewest-moves-first = Le moins de déplacements d’abord, puis le meilleur objectif avec ce nombre (pour le meilleur objectif avec au plus K déplacements : --max-moves K --move-cost 0)
cli-arg-replan-time-limit = Secondes accordées
cli-arg-replan-json = Affiche les déplacements en JSON
cli-arg-hand-solution = La solution à modifier
cli-arg-move-exhibitor = L’exposant à déplacer
cli-arg-move-to = Le stand libre où il va
cli-arg-hand-output = Le fichier de la nouvelle solution (par défaut : NOM.moved.solution.json à côté de la solution)
cli-arg-swap-first = Un exposant
cli-arg-swap-second = L’autre
cli-arg-recommend-problem = Le fichier d’étape, où figure déjà le nouvel exposant
cli-arg-recommend-exhibitor = L’identifiant du nouvel exposant
cli-arg-recommend-top = Combien de stands proposer
cli-arg-recommend-json = Affiche les stands en JSON
cli-arg-schema-solution = Le schéma des fichiers de solution
cli-arg-schema-tour = Le schéma des fichiers de tournée
cli-arg-tour-file = Le fichier de tournée (NOM.tour.json)
cli-arg-tour-output = Dossier des plans (par défaut : NOM.plans à côté du fichier de tournée) ; chaque itinéraire y a un sous-dossier avec NN-LIEU.problem.json et NN-LIEU.solution.json
cli-arg-tour-itinerary = Seulement ces itinéraires (par identifiant ; répétez l’option pour plusieurs)
cli-arg-tour-time-limit = Secondes accordées à chaque étape
cli-arg-tour-gap = Arrête chaque résolution dès qu’elle est prouvée à cet écart relatif près
cli-arg-tour-seed = Graine de la recherche locale
cli-arg-tour-jobs = Itinéraires planifiés en même temps (par défaut : un par cœur)
cli-arg-tour-without-rotation = Planifie sans le critère de rotation (pour voir ce qu’il change)
cli-arg-tour-quiet = Pas de messages de progression
cli-arg-compare-format = La forme du classement : table (un tableau à lire), csv (une ligne par itinéraire, pour un tableur), json (tout, étape par étape), html (une page avec le classement, un graphique des critères et les étapes de chaque itinéraire)
cli-arg-compare-output = Écrit le classement dans ce fichier plutôt qu’à l’écran
cli-arg-compare-plans = Écrit aussi chaque fichier d’étape et chaque solution dans ce dossier
cli-arg-compare-best-order = Cherche le meilleur ordre des étapes d’un itinéraire (par défaut le premier) et classe les ordres les plus courts trouvés face à lui
cli-arg-compare-keep = Combien des ordres les plus courts planifier en entier avec --best-order
cli-arg-generate-exhibitors = Nombre d’exposantes et d’exposants
cli-arg-generate-seed = Graine : la même graine donne la même étape
cli-arg-generate-sessions = Nombre de rencontres thématiques (par défaut : environ une pour 20 exposantes et exposants)
cli-arg-generate-days = Nombre de jours du marché, avec trois créneaux de rencontres par jour (par défaut : 5)
cli-arg-generate-output = Fichier à écrire (par défaut : la sortie standard)

## Ce que disent toutes les commandes

cli-error = erreur : { $message }
cli-wrote = écrit : { $what }
cli-cannot-write = erreur : impossible d’écrire { $place } : { $why }
cli-plans-under = les plans dans { $dir }
cli-files-under = { $count ->
        [one] 1 fichier
       *[other] { $count } fichiers
    } dans { $dir }
cli-progress-stops = { $done }/{ $of } étapes
cli-progress-stage = { $stage } : { $detail }
cli-status-optimal = optimal
cli-status-feasible = réalisable
cli-status-breaks-rules = enfreint des règles
cli-status-infeasible = impossible
cli-status-unknown = inconnu
cli-bad-time-limit = erreur : --time-limit doit être un nombre de secondes supérieur à 0
cli-bad-gap = erreur : --gap doit valoir 0 ou plus (par exemple 0.01 pour 1 %)
cli-bad-move-cost = erreur : --move-cost doit valoir 0 ou plus

## Les fichiers lus

cli-input-no-layout = le fichier ne contient aucun plan (statut : { $status })
cli-input-no-layout-action = partez d’une solution qui a des stands
cli-input-stop-looked-beside = (le fichier d’étape a été cherché à côté de la solution ; donnez-le avec --problem)

## solve

cli-solve-status = { $problem } : { $status }
cli-solve-no-layout = aucun plan n’a été trouvé dans les limites
cli-solve-bound = borne prouvée { $bound }, écart { $gap } %
cli-solve-no-bound = pas de borne prouvée
cli-solve-total = objectif { $total }  ({ $proof }, { $seconds } s)
cli-solve-clashes-left = paires de voisins en conflit restantes : { $count }
cli-solve-zone-table = exposantes et exposants par zone et par province (cible entre parenthèses) :
cli-solve-attribute-table = exposantes et exposants par zone selon « { $attribute } » (cible entre parenthèses) :
cli-solve-prime-row = privilégiés
cli-solve-stage = phase { $stage } { $seconds } s  { $vars } var. { $rows } lignes  { $result }
cli-solve-only-sessions-needs-layout = erreur : --only sessions demande --layout SOLUTION, le plan dont les stands sont gardés
cli-solve-bad-options = erreur : --time-limit doit dépasser 0 seconde, --gap valoir 0 ou plus, --threads 1 ou plus
cli-solve-bad-layout = erreur : le plan à garder n’est pas valable pour cette étape :
cli-solve-not-written = erreur : { $why }. Aucune solution n’a été écrite.
cli-solve-internal-error = erreur interne : { $why }. Aucune solution n’a été écrite ; merci de signaler ce fichier d’étape.

## replan

cli-replan-internal-error = erreur interne : { $why }. Rien n’a été écrit ; merci de signaler ce fichier d’étape.
cli-replan-left = parti : { $exhibitor } (avait le stand { $stand })
cli-replan-no-free-stand = stands libres : aucun
cli-replan-free-stands = stands libres ({ $count }) : { $stands }
cli-replan-arrived = arrivée : { $why }
cli-replan-moved = déplacement : { $why }
cli-replan-move-count = { $chosen ->
        [one] { $chosen } déplacement choisi
       *[other] { $chosen } déplacements choisis
    }, { $changes ->
        [one] { $changes } changement
       *[other] { $changes } changements
    } en tout
cli-replan-sessions-kept = rencontres : chaque rencontre garde la salle et les créneaux annoncés
cli-replan-session-place = { $room } à { $slots }
cli-replan-session-moved = rencontre : { $why } (de { $from } vers { $to })
cli-replan-session-new = rencontre : { $why } ({ $to })
cli-replan-objective-change = objectif : { $before } avant (le plan annoncé, pour ce qui s’applique encore), { $after } après
cli-replan-objective = objectif : { $after }
cli-replan-held = aucun plan qui ne coûte pas plus en déplacements n’a un objectif inférieur à { $bound } (écart { $gap } %)
cli-replan-proved = prouvé : aucun plan qui ne coûte pas plus en déplacements n’a un objectif plus petit
cli-replan-stopped-gap = arrêté dans l’écart demandé : { $held }
cli-replan-stopped-time = la limite de temps a arrêté la recherche : { $held }
cli-replan-stages-done = chaque phase est allée à son terme, sans preuve : { $held } ; les stands et l’emploi du temps sont planifiés l’un après l’autre, et la borne ne compte pas les voisins absents ensemble

## move et swap

cli-hand-breaks = erreur : le changement enfreindrait { $count ->
        [one] une règle
       *[other] { $count } règles
    } de l’étape ; rien n’a été écrit :
cli-hand-refused-then = erreur : { $why } ; rien n’a été écrit :
cli-hand-refused = erreur : { $why } ; rien n’a été écrit.
cli-hand-no-stand = (sans stand)
cli-hand-objective = objectif
cli-hand-before = avant
cli-hand-after = après
cli-hand-change = variation
cli-hand-total = total
cli-hand-costs-gone = coûts qui disparaissent :
cli-hand-costs-new = coûts qui apparaissent :
cli-hand-no-cost-change = aucun coût n’apparaît ni ne disparaît
cli-hand-what-holds = ce qui tient : { $claim }
cli-hand-note = remarque : { $note }

## recommend

cli-recommend-title = Meilleurs stands libres pour { $name } ({ $id }), sans déplacer personne :
cli-recommend-stand = { $stand } (zone { $zone }) : objectif { $total }
cli-recommend-stand-more = { $stand } (zone { $zone }) : objectif { $total }, { $more } de plus que le meilleur

## timetable

cli-timetable-no-such-exhibitor = erreur : il n’y a pas d’exposant « { $id } » dans { $file }

## tour et compare

cli-tour-no-such-itinerary = erreur : aucun itinéraire { $ids } dans { $file } ; les itinéraires sont : { $known }
cli-tour-bad-time-limit = erreur : --time-limit doit être un nombre de secondes supérieur à 0, pas { $value }
cli-tour-bad-gap = erreur : --gap doit valoir 0 ou plus (0.01 pour 1 %), pas { $value }
cli-tour-bad-jobs = erreur : --jobs doit valoir 1 ou plus
cli-tour-no-threads = erreur : impossible de lancer les fils de travail : { $why }
cli-tour-planning = planification de { $itineraries ->
        [one] { $itineraries } itinéraire
       *[other] { $itineraries } itinéraires
    }, { $stops ->
        [one] { $stops } étape
       *[other] { $stops } étapes
    } ({ $seconds } s au plus par étape)
cli-tour-stop = { $dates }  { $exhibitors ->
        [one] { $exhibitors } exposant
       *[other] { $exhibitors } exposantes et exposants
    }, { $turned_away ->
        [one] { $turned_away } refusé
       *[other] { $turned_away } refusés
    }  { $status }, objectif { $objective }
cli-tour-stop-no-layout = { $dates }  { $exhibitors ->
        [one] { $exhibitors } exposant
       *[other] { $exhibitors } exposantes et exposants
    }, { $turned_away ->
        [one] { $turned_away } refusé
       *[other] { $turned_away } refusés
    }  { $status }
cli-tour-not-planned = { $stop } ({ $town }) : étape non planifiée — { $why }
cli-compare-best-order = meilleur ordre de « { $id } » : { $stops } étapes, { $others ->
        [one] l’autre ordre le plus court planifié
       *[other] les { $others } autres ordres les plus courts planifiés
    } face à lui
cli-csv-rank = rang
cli-csv-id = identifiant
cli-csv-name = nom
cli-csv-score = score
cli-csv-route = trajet
cli-csv-tour-km = km de tournée
cli-csv-exhibitor-km = km des exposantes et exposants
cli-csv-attending = présents
cli-csv-places = places
cli-csv-turned-away = refusés
cli-csv-representation-gap = écart de représentation (%)
cli-csv-layout = coût des plans
cli-csv-prime-min = stands privilégiés (min)
cli-csv-prime-max = stands privilégiés (max)
cli-csv-prime-gini = Gini des stands privilégiés
cli-csv-sessions-missed = rencontres manquées

## scaling, import, validate

cli-scaling-exhibitors = exposantes et exposants
cli-scaling-stands = stands
cli-scaling-sessions = rencontres
cli-scaling-variables = variables
cli-scaling-rows = lignes
cli-scaling-seconds = secondes
cli-scaling-status = statut
cli-scaling-gap = écart
cli-scaling-stages = phases
cli-scaling-internal-error = erreur interne pour une étape de { $count } exposantes et exposants : { $why }
cli-import-read = { $count ->
        [one] { $count } exposant lu
       *[other] { $count } exposantes et exposants lus
    } dans { $file } ({ $encoding })
cli-validate-ok = valide : { $file } ({ $contents })
cli-validate-stop = { $exhibitors ->
        [one] { $exhibitors } exposant
       *[other] { $exhibitors } exposantes et exposants
    }, { $stands ->
        [one] { $stands } stand
       *[other] { $stands } stands
    }
cli-validate-tour = { $itineraries ->
        [one] { $itineraries } itinéraire
       *[other] { $itineraries } itinéraires
    }, { $exhibitors ->
        [one] { $exhibitors } exposant
       *[other] { $exhibitors } exposantes et exposants
    } dans le vivier
cli-validate-summary = { $invalid ->
        [one] { $invalid } fichier invalide
       *[other] { $invalid } fichiers invalides
    } sur { $files }, { $problems ->
        [one] { $problems } problème
       *[other] { $problems } problèmes
    } en tout
cli-serve-workspace = Impossible d’ouvrir l’espace de travail { $file } : { $error }
cli-serve-cannot-listen = Impossible d’écouter sur { $address } : { $error }. Choisissez un autre port avec --port.
cli-serve-open-network = Attention : Caravane écoute sur { $host } ; les autres machines du réseau peuvent l’atteindre (le jeton reste exigé).
cli-serve-workspace-is = Espace de travail : { $file }
cli-serve-address = Ouvrez Caravane dans votre navigateur à cette adresse : { $url }
cli-serve-stop = Ctrl-C pour arrêter ; tout ce qui est enregistré reste dans l’espace de travail.
cli-serve-stopped = Caravane s’est arrêté.
cli-serve-no-browser = Le navigateur n’a pas pu être ouvert : copiez l’adresse ci-dessus.
cli-about-serve = Ouvre Caravane dans le navigateur : tout le travail du planificateur (étapes, calcul, plan à modifier à la souris, changements de dernière minute, versions, impression) sur un serveur local, avec un espace de travail dans un seul fichier
cli-arg-serve-workspace = Le fichier de l’espace de travail (SQLite), créé s’il n’existe pas
cli-arg-serve-port = Le port où écouter (0 : n’importe quel port libre)
cli-arg-serve-host = L’adresse où écouter ; toute autre que 127.0.0.1 ouvre Caravane aux autres machines du réseau (le jeton reste exigé)
cli-arg-serve-open = Ouvre l’adresse dans le navigateur par défaut
