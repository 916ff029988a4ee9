# Caravane — validation des fichiers d’étape, de tournée et de solution (fr).
#
# Les codes ([unknown-field]…), les chemins JSON ($.exhibitors[3].province), les ids et les
# noms de champs restent tels quels. $what nomme un genre d’élément (province, family, stand,
# exhibitor, room, slot, session, town, venue, itinerary) et $list une liste du fichier
# (provinces, families…), pour accorder la phrase.

## Un problème tel qu’on le lit

val-diagnostic-head = erreur [{ $code }] en { $path }
val-diagnostic-head-at = erreur [{ $code }] en { $path } (ligne { $line }, colonne { $column })
val-diagnostic-cause = cause :
val-diagnostic-action = action :
val-report-count = { $count ->
    [0] aucun problème
    [one] { $count } problème
   *[other] { $count } problèmes
}

## Mots pour citer et énumérer

val-quote = « { $text } »
val-item-named = « { $id } » ({ $name })
val-comma = {", "}
val-and = { $first } et { $last }
val-or = { $first } ou { $last }

## Un fichier d’un autre genre

val-kind-stop = un fichier d’étape
val-kind-tour = un fichier de tournée
val-kind-solution = un fichier de solution
val-use-stop = validez-le avec `{ $validate }` ou résolvez-le avec `{ $solve }`
val-use-tour = validez-le avec `{ $validate }` ou planifiez la tournée avec `{ $tour }`
val-use-solution = vérifiez-le avec `{ $check }`
val-another-kind = c’est { $kind } ("format": "{ $format }"), pas { $wanted }
val-another-kind-action = { $use_it } ; ici, donnez { $wanted } ({ $named })
val-format = le format est { $format }, pas { $expected }
val-format-action = écrivez "format": "{ $expected }"
val-format-solution-action = écrivez "format": "{ $expected }", ou donnez un fichier de solution de Caravane

## Un fichier illisible

val-io-not-found = le fichier est introuvable
val-io-not-found-action = vérifiez le nom du fichier et le dossier où il se trouve
val-io-denied = le fichier ne peut pas être lu : l’accès est refusé
val-io-denied-action = vérifiez les droits de lecture du fichier, ou copiez-le dans un de vos dossiers
val-io-not-utf8 = le fichier n’est pas un texte UTF-8 (il a peut-être été enregistré en Windows-1252 ou en UTF-16)
val-io-not-utf8-action = enregistrez-le en UTF-8 (dans l’éditeur de texte : « Enregistrer sous », codage UTF-8)
val-io-folder = c’est un dossier, pas un fichier
val-io-folder-action = donnez le chemin d’un fichier de ce dossier
val-io-other = le fichier ne peut pas être lu (« { $detail } »)
val-io-other-action = vérifiez le nom du fichier et qu’il s’agit bien d’un texte UTF-8

## Le JSON mal écrit (la ligne et la colonne sont données avec le problème)

val-json-eof = le fichier s’arrête trop tôt (est-il coupé ?) : une valeur manque à la fin
val-json-eof-list = le fichier s’arrête trop tôt (est-il coupé ?) : une liste [ … ] n’est pas fermée
val-json-eof-object = le fichier s’arrête trop tôt (est-il coupé ?) : un objet {"{"} … {"}"} n’est pas fermé
val-json-eof-string = le fichier s’arrête trop tôt (est-il coupé ?) : un texte entre guillemets n’est pas fermé
val-json-eof-action = reprenez le fichier complet, ou fermez ce qui est resté ouvert (guillemet ", crochet ] ou accolade {"}"})
val-json-object-comma = virgule manquante entre deux champs d’un objet, ou objet mal fermé (une accolade {"}"} est attendue)
val-json-list-comma = virgule manquante entre deux éléments d’une liste, ou liste mal fermée (un crochet ] est attendu)
val-json-comma-action = ajoutez la virgule qui manque juste avant cet endroit, ou corrigez l’accolade ou le crochet de fermeture
val-json-colon = deux-points manquants : le nom d’un champ est suivi de « : » puis de sa valeur
val-json-colon-action = écrivez "nom": valeur à cet endroit
val-json-value = une valeur est attendue ici (un texte entre guillemets, un nombre, true, false, null, une liste ou un objet)
val-json-value-action = cherchez une virgule en trop juste avant, ou un texte écrit sans guillemets
val-json-ident = mot inconnu : en JSON, seuls true, false et null s’écrivent sans guillemets
val-json-ident-action = mettez ce texte entre guillemets doubles ("comme ceci")
val-json-key = le nom d’un champ s’écrit entre guillemets doubles
val-json-key-action = écrivez "nom": valeur (pas de guillemets simples, pas de virgule en trop avant l’accolade fermante)
val-json-trailing-comma = virgule en trop avant la fin d’une liste ou d’un objet
val-json-trailing-comma-action = retirez cette virgule
val-json-trailing = du texte suit la fin du JSON (une accolade ou un crochet fermant en trop ?)
val-json-trailing-action = retirez ce qui suit la dernière accolade fermante : un fichier ne contient qu’un seul objet
val-json-escape = barre oblique inverse \ mal employée dans un texte entre guillemets
val-json-escape-action = doublez la barre (\\) ou retirez-la ; un chemin Windows s’écrit C:\\dossier
val-json-unicode-escape = séquence \u mal formée dans un texte entre guillemets
val-json-unicode-escape-action = écrivez \u suivi de quatre chiffres hexadécimaux (\u00e9 pour é), ou tapez le caractère lui-même
val-json-number = nombre mal écrit (en JSON, la virgule décimale s’écrit avec un point : 2.5)
val-json-number-action = écrivez le nombre avec un point décimal, sans espace ni symbole
val-json-number-range = nombre trop grand pour être lu
val-json-number-range-action = écrivez un nombre plus petit
val-json-control = caractère de contrôle (tabulation, saut de ligne…) dans un texte entre guillemets : un guillemet fermant manque-t-il ?
val-json-control-action = fermez le guillemet, ou remplacez la tabulation ou le saut de ligne par \t ou \n
val-json-deep = imbrication trop profonde (plus de 128 niveaux de listes et d’objets)
val-json-deep-action = vérifiez qu’il s’agit bien d’un fichier de Caravane
val-json-other = le texte n’est pas du JSON valide (« { $detail } »)
val-json-other-action = corrigez le JSON à cette ligne et à cette colonne
val-duplicate-key = cette clé est écrite deux fois dans le même objet, et une seule des deux a pu être lue
val-duplicate-key-action = n’en gardez qu’une (chaque clé apparaît une seule fois dans un objet JSON)

## Sections, champs et types

val-not-object = le fichier n’est pas un objet JSON {"{"} … {"}"}
val-not-object-action = un fichier { $kind ->
    [tour] de tournée
    [solution] de solution
   *[stop] d’étape
} est un seul objet {"{"} "format": "{ $format }", … {"}"} : vérifiez que c’est le bon fichier
val-unknown-section = « { $section } » n’est pas une section d’un fichier { $kind ->
    [tour] de tournée
    [solution] de solution
   *[stop] d’étape
}
val-unknown-section-meant = « { $section } » n’est pas une section d’un fichier { $kind ->
    [tour] de tournée
    [solution] de solution
   *[stop] d’étape
} : vouliez-vous dire « { $meant } » ?
val-unknown-section-action = retirez-la ou corrigez son orthographe ; les sections sont : { $sections }
val-missing-section = le fichier { $kind ->
    [tour] de tournée
    [solution] de solution
   *[stop] d’étape
} n’a pas de section « { $section } »
val-missing-section-action = ajoutez la section « { $section } » (voir la description du format)
val-not-list = « { $section } » n’est pas une liste
val-not-list-action = écrivez « { $section } » comme une liste JSON [ … ]
val-unknown-field = « { $field } » n’est pas un champ connu ici
val-unknown-field-meant = « { $field } » n’est pas un champ connu ici : vouliez-vous dire « { $meant } » ?
val-unknown-field-action = retirez ce champ ou corrigez son orthographe ; les champs permis ici : { $fields }
val-unknown-field-none-action = retirez ce champ : cet objet n’en prend aucun
val-missing-field = le champ obligatoire « { $field } » manque
val-missing-field-action = ajoutez le champ « { $field } » ; il est obligatoire ici
val-unknown-word = « { $word } » n’est pas une valeur permise ici
val-unknown-word-meant = « { $word } » n’est pas une valeur permise ici : vouliez-vous dire « { $meant } » ?
val-unknown-word-action = écrivez { $words }
val-wrong-type = il faut ici { $expected }, pas { $found }
val-wrong-type-action = écrivez { $expected } (voir la description du format)
val-found-text = du texte (« { $value } »)
val-found-number = le nombre { $value }
val-found-bool = { $value }
val-found-null = null
val-found-list = une liste
val-found-object = un objet
val-expected-number = un nombre
val-expected-whole = un nombre entier, 0 ou plus
val-expected-integer = un nombre entier
val-expected-text = un texte entre guillemets
val-expected-bool = true ou false
val-expected-list = une liste [ … ]
val-expected-object = un objet {"{"} … {"}"}
val-invalid = valeur non valide (« { $detail } »)
val-invalid-action = donnez une valeur du type attendu ici (voir la description du format)

## Ids et références

val-empty-id = { $what ->
    [province] cette province
    [family] cette famille
    [stand] ce stand
    [exhibitor] cet exposant
    [room] cette salle
    [slot] ce créneau
    [session] cette rencontre
    [town] cette ville
    [venue] ce lieu
    [itinerary] cet itinéraire
   *[other] cet élément
} a un id vide
val-empty-id-action = donnez { $what ->
    [province] à la province
    [family] à la famille
    [stand] au stand
    [exhibitor] à l’exposant
    [room] à la salle
    [slot] au créneau
    [session] à la rencontre
    [town] à la ville
    [venue] au lieu
    [itinerary] à l’itinéraire
   *[other] à l’élément
} un id court et unique
val-duplicate-id = l’id « { $id } » est déjà pris par { $first }
val-duplicate-id-action = donnez à chaque { $what ->
    [province] province
    [family] famille
    [stand] stand
    [exhibitor] exposant
    [room] salle
    [slot] créneau
    [session] rencontre
    [town] ville
    [venue] lieu
    [itinerary] itinéraire
   *[other] élément
} son propre id (ou retirez l’entrée répétée)
val-confusable-id = l’id « { $id } » contient { $count ->
    [one] un caractère invisible ({ $hidden } : caractère de contrôle, de largeur nulle ou de direction)
   *[other] des caractères invisibles ({ $hidden } : caractères de contrôle, de largeur nulle ou de direction)
} : il ressemble à un autre id sans être le même
val-confusable-id-action = retapez l’id avec des caractères visibles seulement (lettres, chiffres, tirets) ; ces caractères arrivent avec un texte copié d’une page web ou d’un traitement de texte. Les noms, eux, peuvent contenir n’importe quel texte
val-unknown = { $what ->
    [province] province inconnue
    [family] famille inconnue
    [stand] stand inconnu
    [exhibitor] exposant inconnu
    [room] salle inconnue
    [slot] créneau inconnu
    [session] rencontre inconnue
    [town] ville inconnue
    [venue] lieu inconnu
    [itinerary] itinéraire inconnu
   *[other] valeur inconnue
} « { $value } »
val-unknown-in = { $cause } dans { $place }
val-unknown-meant = { $cause } : vouliez-vous dire { $item } ?
val-unknown-none = { $cause } ; la liste « { $list } » est vide
val-unknown-known = { $list ->
    [provinces] Provinces connues
    [families] Familles connues
    [stands] Stands connus
    [exhibitors] Exposantes et exposants connus
    [rooms] Salles connues
    [slots] Créneaux connus
    [sessions] Rencontres connues
    [towns] Villes connues
    [venues] Lieux connus
    [itineraries] Itinéraires connus
   *[other] Valeurs connues
} : { $items }
val-unknown-then = { $cause } { $known }
val-unknown-and = { $cause }. { $known }
val-unknown-more = … ({ $count } en tout)
val-unknown-action-meant = écrivez « { $meant } » si c’est bien cela, ou corrigez l’id, ou ajoutez { $what ->
    [province] la province
    [family] la famille
    [stand] le stand
    [exhibitor] l’exposant
    [room] la salle
    [slot] le créneau
    [session] la rencontre
    [town] la ville
    [venue] le lieu
    [itinerary] l’itinéraire
   *[other] l’élément
} à « { $list } »
val-unknown-action = corrigez l’id, ou ajoutez { $what ->
    [province] la province
    [family] la famille
    [stand] le stand
    [exhibitor] l’exposant
    [room] la salle
    [slot] le créneau
    [session] la rencontre
    [town] la ville
    [venue] le lieu
    [itinerary] l’itinéraire
   *[other] l’élément
} à « { $list } »
val-session-registered-twice = l’exposant « { $exhibitor } » est inscrit deux fois à la rencontre « { $session } »
val-session-registered-twice-action = ne citez chaque rencontre qu’une fois
val-facilitator-twice = « { $facilitator } » figure deux fois parmi les personnes qui animent la rencontre « { $session } »
val-facilitator-twice-action = ne citez chaque animatrice ou animateur qu’une fois (chaque personne occupe une place)

## Nombres

val-stand-number = le stand « { $stand } » a { $field ->
    [x] une position x de
    [y] une position y de
    [width] une largeur de
    [depth] une profondeur de
   *[other] { $field } =
} { $value }
val-stand-position-action = donnez la position en mètres depuis un coin de la place, entre { $min } et { $max }
val-stand-size-action = donnez la { $field ->
    [width] largeur (est–ouest)
   *[depth] profondeur (nord–sud)
} du stand en mètres : plus de 0 et au plus { $max }
val-aisle = l’allée la plus large mesure { $value } m
val-aisle-action = donnez une largeur en mètres, de 0 à { $max } ({ $usual } m est la valeur habituelle)
val-weight = le poids vaut { $value }
val-weight-range = les poids vont de 0 à { $max } (1e6) ; un poids de 0 désactive un critère
val-staff = l’exposant « { $exhibitor } » n’a personne pour tenir son stand
val-staff-action = indiquez combien de personnes tiennent le stand : 1 ou plus
val-capacity = la salle « { $room } » n’a aucune place assise
val-capacity-action = indiquez le nombre de places, 1 ou plus, ou retirez la salle
val-length = la rencontre « { $session } » ne dure aucun créneau
val-length-action = indiquez le nombre de créneaux consécutifs, 1 ou plus

## Dates, heures et créneaux

val-date = « { $value } » n’est pas une date valide de la forme AAAA-MM-JJ
val-date-action = écrivez la date sous la forme année-mois-jour, par exemple 2025-11-07
val-stop-dates = l’étape se termine le { $to }, avant de commencer le { $from }
val-dates-action = inversez les dates ou corrigez l’une d’elles
val-time = « { $value } » n’est pas une heure de la forme HH:MM
val-time-action = écrivez l’heure locale sur 24 heures, par exemple 09:30 ou 17:00
val-slot-ends-early = le créneau « { $slot } » finit à { $end }, pas après son début à { $start }
val-slot-ends-early-action = corrigez l’heure de début ou de fin
val-slot-outside = le créneau « { $slot } » est le { $day }, en dehors de l’étape ({ $dates })
val-slot-outside-action = corrigez le jour, ou les dates de l’étape
val-slot-overlap = le créneau « { $slot } » commence à { $start }, avant la fin de { $before } le même jour ({ $end })
val-slot-overlap-action = listez les créneaux de chaque jour dans l’ordre des heures, sans chevauchement : une rencontre de plusieurs créneaux se tient dans des créneaux qui se suivent dans la liste

## Stands, voisins, besoins

val-stand-at = { $width } × { $depth } m en x { $x }, y { $y }
val-overlap = le stand « { $stand } » ({ $at }) empiète sur le stand « { $other } » ({ $other_path }, { $other_at })
val-overlap-action = corrigez la position ou la taille de l’un des deux stands ; des stands peuvent se toucher, pas se chevaucher
val-self-edge = le stand « { $stand } » est donné comme son propre voisin
val-self-edge-action = retirez cette paire ou corrigez l’un de ses stands
val-edge-twice = la paire « { $a } »–« { $b } » figure déjà en { $first }
val-edge-twice-action = ne citez chaque paire de voisins qu’une fois (l’ordre des deux stands ne compte pas)
val-too-many-exhibitors = { $exhibitors ->
    [one] { $exhibitors } exposant
   *[other] { $exhibitors } exposantes et exposants
} pour seulement { $stands ->
    [one] { $stands } stand
   *[other] { $stands } stands
}
val-too-many-exhibitors-action = ajoutez { $count ->
    [one] { $count } stand
   *[other] { $count } stands
} ou reportez { $count ->
    [one] { $count } exposant
   *[other] { $count } exposantes et exposants
} à une autre étape
val-needs-supply = { $count } avec { $tag }
val-needs = l’exposant « { $exhibitor } » a besoin de { $needs }, mais aucun stand n’offre { $count ->
    [one] ce besoin
   *[other] tout cela
} (stands : { $supply })
val-needs-action = étiquetez un stand avec tout ce dont cet exposant a besoin, ou retirez un besoin

## Réservations (pins) et interdictions

val-pin-stand-twice = le stand « { $stand } » est réservé à « { $exhibitor } » et, en { $first }, à « { $other } »
val-pin-stand-twice-action = un stand accueille un seul exposant : gardez l’une des deux réservations
val-pin-exhibitor-twice = l’exposant « { $exhibitor } » a une réservation pour « { $stand } » et, en { $first }, pour « { $other } »
val-pin-exhibitor-twice-action = un exposant a un seul stand : gardez l’une des deux réservations
val-pin-lacks = l’exposant « { $exhibitor } » a une réservation pour le stand « { $stand } », qui n’offre pas { $needs }, dont il a besoin
val-pin-lacks-action = réservez-lui un stand qui offre ce dont il a besoin, ou étiquetez ce stand
val-pin-forbidden = l’exposant « { $exhibitor } » a une réservation pour le stand « { $stand } », que { $forbidden } lui interdit
val-pin-forbidden-action = retirez la réservation ou l’interdiction
val-forbidden-all = { $count ->
    [0] tous les stands sont interdits à l’exposant « { $exhibitor } » ({ $stands })
   *[other] tous les stands qui offrent { $needs } sont interdits à l’exposant « { $exhibitor } » ({ $stands })
}
val-forbidden-all-action = autorisez au moins l’un de ces stands, ou retirez un besoin

## Rencontres

val-session-no-rooms = la rencontre « { $session } » n’a pas de salle : l’étape n’en compte aucune
val-session-room-needs = la rencontre « { $session } » a besoin de { $needs }, mais aucune salle n’offre { $count ->
    [one] ce besoin
   *[other] tout cela
}
val-session-seats = la rencontre « { $session } » demande { $seats } places ({ $registered ->
    [one] { $registered } exposant inscrit
   *[other] { $registered } exposantes et exposants inscrits
} et { $facilitators ->
    [one] { $facilitators } animatrice ou animateur
   *[other] { $facilitators } animatrices et animateurs
}), mais la plus grande salle qui lui convient en a { $largest }
val-session-no-room-action = ajoutez ou agrandissez une salle, ou divisez la rencontre en deux
val-session-too-long = la rencontre « { $session } » dure { $length ->
    [one] { $length } créneau
   *[other] { $length } créneaux consécutifs
} d’un même jour, mais aucun jour n’en a plus de { $longest }
val-session-too-long-action = raccourcissez la rencontre ou ajoutez des créneaux à un jour

## Fichiers écrits

val-write-not-a-file = { $path } est { $kind ->
    [folder] un dossier
    [device] un périphérique
    [pipe] un tube nommé
    [socket] une socket
   *[other] autre chose qu’un fichier
}, pas un fichier ordinaire ; il est laissé tel quel : donnez le chemin d’un fichier à écrire
val-write-no-file-name = le chemin de sortie ne nomme aucun fichier
val-write-links = { $path } est une chaîne de trop nombreux liens symboliques

val-balance-attribute = la règle d’équilibre nomme l’attribut « { $attribute } », qu’aucun exposant n’a
val-balance-attribute-action = nommez l’un des attributs connus : { $known } ; ou ajoutez cette colonne au tableau des exposants
val-balance-twice = l’attribut « { $attribute } » est équilibré deux fois { $over ->
    [prime] sur les stands privilégiés
   *[other] dans les zones
}
val-balance-twice-action = gardez une seule règle par attribut et par côté (« both » compte pour les zones et pour les stands privilégiés)
val-balance-province-weight = le poids de l’équilibre des provinces { $over ->
    [prime] sur les stands privilégiés
   *[other] dans les zones
} n’est pas le même dans weights.{ $key } et dans la liste balance
val-balance-province-weight-action = donnez-le à un seul endroit : retirez weights.{ $key } ou la règle « province »
