# Caravane — venue (fr).

## Lire le tableau des stands

venue-at = ligne { $line }, colonne { $letter } « { $column } »
venue-line = ligne { $line }
venue-header-unreadable = la ligne des titres ne peut pas être lue : { $why }
venue-header-unreadable-action = enregistrez la feuille en CSV (séparateur ; ou ,) avec les noms des colonnes sur la première ligne
venue-missing-column = aucune colonne ne donne { $field ->
    [id] l’identifiant du stand
    [x] la position x
    [y] la position y
    [width] la largeur
   *[depth] la profondeur
} ; les colonnes sont : { $columns }
venue-missing-column-action = ajoutez une colonne nommée de l’une de ces façons : { $names }
venue-row-unreadable = la ligne ne peut pas être lue : { $why }
venue-row-unreadable-action = vérifiez les guillemets de cette ligne
venue-bad-kind = « { $value } » n’est pas un type de ligne que Caravane connaît. Valeurs possibles : { $valid }
venue-bad-kind-meant = « { $value } » n’est pas un type de ligne que Caravane connaît : vouliez-vous dire « { $meant } » ? Valeurs possibles : { $valid }
venue-bad-kind-action = laissez la cellule vide pour un stand, ou écrivez entrée, rue ou repère pour ce qui entoure les stands
venue-no-number = { $field ->
    [x] la position x
    [y] la position y
    [width] la largeur
   *[depth] la profondeur
} manque
venue-no-number-action = écrivez { $field ->
    [x] la position x (bord ouest)
    [y] la position y (bord nord)
    [width] la largeur (est–ouest)
   *[depth] la profondeur (nord–sud)
} en mètres
venue-bad-number = « { $value } » n’est pas un nombre de mètres pour { $field ->
    [x] la position x
    [y] la position y
    [width] la largeur
   *[depth] la profondeur
}
venue-bad-number-action = écrivez un nombre de mètres, avec une virgule ou un point pour les décimales : 3 ou 2,5
venue-landmark-no-name = ce repère n’a pas de nom
venue-landmark-no-name-action = écrivez le nom que le plan doit afficher (« Entrée principale », « Avenue Mohammed V »…)
venue-no-id = le stand n’a pas d’identifiant
venue-no-id-action = écrivez le numéro peint au sol (A01, B12…), ou un type (entrée, rue, repère) si la ligne n’est pas un stand
venue-duplicate-id = l’identifiant « { $id } » est déjà celui du stand de la ligne { $first }
venue-duplicate-id-action = donnez à chaque stand son propre identifiant
venue-bad-front = « { $value } » n’est pas une façade. Valeurs possibles : { $valid }
venue-bad-front-meant = « { $value } » n’est pas une façade : vouliez-vous dire « { $meant } » ? Valeurs possibles : { $valid }
venue-bad-front-action = écrivez le côté par lequel les visiteurs abordent le stand : nord, sud, est ou ouest (ou laissez vide)
venue-zone-name-alone = le nom de zone « { $name } » est donné sans zone
venue-zone-name-alone-action = écrivez l’identifiant de la zone dans la colonne zone, ou videz la cellule
venue-zone-named-twice = la zone « { $zone } » est nommée « { $name } » ici et « { $other } » à la ligne { $first }
venue-zone-named-twice-action = donnez à chaque zone un seul nom (il suffit de l’écrire une fois)
venue-tag-slip = caractéristique « { $value } » inconnue : vouliez-vous dire « { $meant } » ({ $id }) ? Valeurs courantes : électricité, eau, couvert, angle, privilégié, double
venue-tag-slip-action = écrivez « { $meant } » si c’est bien elle ; un autre mot est gardé tel quel s’il ne ressemble à aucune caractéristique courante
venue-neighbour-unknown-action = écrivez l’identifiant d’un stand de la feuille
venue-neighbour-self = le stand « { $stand } » se cite lui-même comme voisin
venue-neighbour-self-action = retirez son propre identifiant de la colonne des voisins
venue-no-stands = la feuille n’a aucun stand
venue-no-stands-action = ajoutez une ligne par stand, avec son identifiant, x, y, largeur et profondeur

## Repères (vérifications du fichier d’étape)

venue-landmark-number = le repère « { $name } » a { $field ->
    [x] une position x de
    [y] une position y de
    [width] une largeur de
    [depth] une profondeur de
   *[other] { $field } =
} { $value }
venue-landmark-size-action = donnez la { $field ->
    [width] largeur (est–ouest)
   *[depth] profondeur (nord–sud)
} du repère en mètres : de 0 (un point ou une ligne) à { $max }
venue-landmark-name-empty = le repère n’a pas de nom

## Rangées de stands

venue-grid-no-stand = « { $item } » ne désigne aucun stand de la grille (de A01 à { $last })
venue-grid-no-stand-meant = « { $item } » ne désigne aucun stand de la grille (de A01 à { $last }) : vouliez-vous dire « { $meant } » ?
venue-grid-no-stand-action = écrivez un stand (A01), des stands d’une rangée (A01-A05), des rangées (E-F) ou des colonnes (1-4), séparés par des virgules
venue-grid-rows = { $value } rangées : la grille en compte de 1 à 26 (une lettre chacune)
venue-grid-rows-action = donnez à --rows un nombre de 1 à 26
venue-grid-per-row = { $value } stands par rangée : la grille en compte de 1 à 99 (deux chiffres chacun)
venue-grid-per-row-action = donnez à --per-row un nombre de 1 à 99
venue-grid-size = { $option } vaut { $value } m
venue-grid-size-action = donnez un nombre de mètres plus grand que 0 et au plus { $max }
venue-grid-cross-aisle = pas d’allée transversale possible après le stand { $value } : une rangée compte { $last } stands
venue-grid-cross-aisle-action = donnez un numéro de stand de 1 à { $last }
venue-grid-too-large = la grille s’étendrait sur { $east } m d’ouest en est et { $south } m du nord au sud
venue-grid-too-large-action = une place s’étend sur { $max } m au plus : moins de rangées, de stands ou d’allées
venue-grid-prime-no-entrance = --prime entrance demande de quel côté est l’entrée
venue-grid-prime-no-entrance-action = ajoutez --entrance nord, sud, est ou ouest
venue-grid-prime-word = « { $value } » ne désigne ni des stands ni un groupe de stands
venue-grid-prime-word-meant = « { $value } » ne désigne ni des stands ni un groupe de stands : vouliez-vous dire « { $meant } » ?
venue-grid-prime-word-action = écrivez des stands (A01-A03, C05) ou l’un de ces mots : { $words }
venue-grid-zone-shape = « { $value } » ne donne pas une zone et ses stands
venue-grid-zone-shape-action = écrivez ZONE=STANDS, par exemple entrance=E-F ou centre=C01-D12
venue-grid-two-zones = le stand { $stand } serait dans la zone « { $zone } » et dans la zone « { $other } »
venue-grid-two-zones-action = donnez à chaque stand une seule zone
venue-grid-tag-shape = « { $value } » ne donne pas une caractéristique et ses stands
venue-grid-tag-shape-action = écrivez CARACTÉRISTIQUE=STANDS, par exemple électricité=A01-A05,C03

## La commande

venue-bad-date = « { $value } » n’est pas une date
venue-bad-date-action = écrivez la date sous la forme AAAA-MM-JJ, par exemple 2025-11-07
venue-bad-metres = « { $value } » n’est pas un nombre de mètres pour { $option }
venue-bad-metres-action = écrivez un nombre de mètres, avec une virgule ou un point pour les décimales : 4 ou 4,5
venue-bad-stand-size = « { $value } » n’est pas une taille de stand
venue-bad-stand-size-action = écrivez LARGEURxPROFONDEUR en mètres, par exemple 3x3 ou 2,5x3
venue-bad-facing = « { $value } » n’est pas une disposition des rangées
venue-bad-facing-action = écrivez l’une de ces dispositions : { $words }
venue-bad-side = « { $value } » n’est pas un côté de la place
venue-bad-side-action = écrivez nord, sud, est ou ouest (ou north, south, east, west)
venue-entrance-name = Entrée
venue-holds = { $stands ->
    [one] 1 stand
   *[other] { $stands } stands
}, dont { $prime ->
    [one] 1 stand privilégié
   *[other] { $prime } stands privilégiés
}, { $zones ->
    [0] sans zone
    [one] en 1 zone
   *[other] en { $zones } zones
}, { $landmarks ->
    [0] aucun repère
    [one] 1 repère
   *[other] { $landmarks } repères
}
venue-ignored-columns = colonnes laissées de côté : { $columns }

## Aide

venue-about = Crée le fichier du lieu depuis le tableau des stands ou en quelques nombres
venue-about-import = Crée le fichier du lieu depuis le tableau des stands (CSV, ; ou ,, UTF-8 ou Windows-1252)
venue-about-grid = Crée le fichier du lieu en rangées de stands
venue-examples-import =
    Exemple :
      Le tableau des stands de Taroudant, avec les provinces, les familles et les règles de la région :
        caravane venue import instances/taroudant-2025.stands.csv --town Taroudant \
          --place "Place du 20 Août" --from 2025-11-07 --to 2025-11-12 -o taroudant.venue.json
venue-examples-grid =
    Exemples :
      Six rangées de 12 stands de 3 × 3 m, face à face deux à deux, coupées par une allée après le 6e stand ;
      l’entrée au sud, les stands au bord de l’allée privilégiés, trois zones, l’électricité sur deux rangées :
        caravane venue grid --rows 6 --per-row 12 --cross-aisle 6 --entrance sud --prime cross-aisle \
          --zone back=A-B --zone centre=C-D --zone entrance=E-F --tag électricité=E-F \
          --town Tiznit --from 2025-11-21 --to 2025-11-24 -o tiznit.venue.json
      Deux îlots de stands de 6 × 3 m dos à dos, les bouts de rangée privilégiés, l’eau sur trois stands :
        caravane venue grid --rows 4 --per-row 8 --stand 6x3 --facing back-to-back --prime ends \
          --tag eau=B01-B03 --town Tata --from 2025-12-05 -o tata.venue.json
venue-arg-title = Le nom de l’étape (par défaut : la ville, ou le nom du fichier écrit)
venue-arg-town = La ville qui accueille l’étape
venue-arg-place = La place ou la salle
venue-arg-from = Le premier jour, AAAA-MM-JJ (par défaut : aujourd’hui)
venue-arg-to = Le dernier jour, AAAA-MM-JJ (par défaut : le premier)
venue-arg-like = Un fichier d’étape dont prendre les provinces, les familles, les règles, les salles, les créneaux et les rencontres (par défaut : les listes et les règles de la région Souss-Massa, sans rencontres)
venue-arg-output = Le fichier du lieu à écrire
venue-arg-stands = Le tableau des stands enregistré en CSV
venue-arg-import-aisle = L’allée la plus large, en mètres, par-dessus laquelle deux stands se font face
venue-arg-grid-aisle = La largeur des allées, en mètres
venue-arg-rows = Le nombre de rangées, lettrées A, B… depuis le nord
venue-arg-per-row = Le nombre de stands par rangée, numérotés 01, 02… depuis l’ouest
venue-arg-stand = La taille d’un stand, LARGEURxPROFONDEUR en mètres
venue-arg-facing = Comment les rangées se font face : pairs (face à face deux à deux), back-to-back (dos à dos deux à deux), all-south ou all-north (toutes ouvertes au sud ou au nord)
venue-arg-cross-aisle = Couper chaque rangée par une allée transversale après ces numéros de stand (6 ou 4,8)
venue-arg-prime = Les stands privilégiés : corners (angles), ends (bouts de rangée), cross-aisle (au bord de l’allée transversale), entrance (les plus proches de l’entrée), ou des stands (A01-A03,C05)
venue-arg-zone = Une zone : ZONE=STANDS (entrance=E-F, centre=C-D) ; à répéter pour chaque zone
venue-arg-tag = Une caractéristique sur des stands : CARACTÉRISTIQUE=STANDS (électricité=A01-A05,C03) ; à répéter
venue-arg-entrance = Le côté par lequel les visiteurs entrent : nord, sud, est ou ouest
