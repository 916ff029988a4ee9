# Caravane — sheets (fr).

## Lire le tableau des exposantes et exposants

sheets-at = ligne { $line }, colonne « { $column } »
sheets-line = ligne { $line }
sheets-field-name = le nom de l’exposant
sheets-field-province = la province de l’exposant
sheets-field-family = la famille de l’exposant
sheets-unclosed-quote = un guillemet (") ouvre cette cellule et n’est jamais refermé : le reste du fichier serait lu comme cette seule cellule
sheets-unclosed-quote-action = refermez le guillemet à la fin de la cellule, ou retirez-le (un guillemet à l’intérieur d’une cellule entre guillemets s’écrit deux fois : "")
sheets-header-unreadable = la ligne des titres ne peut pas être lue : { $why }
sheets-header-unreadable-action = enregistrez la feuille en CSV (séparateur ; ou ,) avec les noms des colonnes sur la première ligne
sheets-missing-column = aucune colonne ne donne { $field } ; les colonnes sont : { $columns }
sheets-missing-column-action = ajoutez une colonne nommée de l’une de ces façons : { $names }
sheets-row-unreadable = la ligne ne peut pas être lue : { $why }
sheets-row-unreadable-action = vérifiez les guillemets de cette ligne
sheets-no-name = l’exposant n’a pas de nom
sheets-no-name-action = écrivez son nom
sheets-bad-yes-no = « { $value } » n’est ni oui ni non
sheets-bad-yes-no-action = écrivez oui ou non
sheets-bad-staff = « { $value } » n’est pas un nombre de personnes
sheets-bad-staff-action = écrivez combien de personnes tiennent le stand : 1, 2…
sheets-duplicate-id = l’identifiant « { $id } » est déjà utilisé sur une ligne précédente
sheets-duplicate-id-action = donnez à chaque exposant son propre identifiant

## Un nom qu’aucune liste ne connaît

sheets-unknown = { $kind ->
    [province] province « { $value } » inconnue
    [family] famille « { $value } » inconnue
    [session] rencontre « { $value } » inconnue
    [form] forme « { $value } » inconnue
    [need] besoin « { $value } » qu’aucun stand n’offre
   *[equipment] équipement « { $value } » qu’aucune salle n’a
}
sheets-did-you-mean = { $cause } : vouliez-vous dire { $item } ? { $more }
sheets-then = { $cause }. { $more }
sheets-possible = Valeurs possibles : { $items }
sheets-none = { $cause } : { $kind ->
    [province] le fichier du lieu n’a aucune province
    [family] le fichier du lieu n’a aucune famille
    [session] le programme n’a aucune rencontre
    [need] aucun stand du lieu n’a d’équipement
   *[other] la liste est vide
}.
sheets-item = « { $id } » ({ $name })
sheets-item-id = « { $id } »
sheets-in-all = … ({ $count } en tout)
sheets-write-closest = écrivez « { $name } » si c’est bien cela, ou l’une des valeurs possibles
sheets-write-one = { $kind ->
    [province] écrivez le nom ou l’identifiant de l’une des provinces du fichier du lieu
    [family] écrivez le nom ou l’identifiant de l’une des familles du fichier du lieu
    [session] écrivez le titre ou l’identifiant de l’une des rencontres du programme
    [form] écrivez coopérative, association ou entreprise sociale
    [need] écrivez l’un des équipements des stands, ou ajoutez-le aux stands qui l’offrent
   *[equipment] écrivez l’un des équipements des salles, ou ajoutez-le à la salle qui l’a
}

## Le titre, la ville, le lieu et les dates de l’étape (options de caravane import)

sheets-bad-date = « { $value } » n’est pas une date (AAAA-MM-JJ) qui existe
sheets-bad-date-action = écrivez la date ainsi : 2025-11-07
sheets-dates-reversed = l’étape s’ouvrirait le { $from } après sa fermeture le { $to }
sheets-dates-reversed-action = donnez à --from le premier jour et à --to le dernier

## La feuille des rencontres, les salles et les créneaux

sheets-field-title = le titre de la rencontre
sheets-field-room-name = le nom de la salle
sheets-field-room-seats = les places de la salle
sheets-no-title = la rencontre n’a pas de titre
sheets-no-title-action = écrivez son titre
sheets-bad-count = { $field ->
    [length] « { $value } » n’est pas un nombre de créneaux
   *[seats] « { $value } » n’est pas un nombre de places
}
sheets-bad-count-action = { $field ->
    [length] écrivez combien de créneaux d’affilée elle dure : 1, 2…
   *[seats] écrivez un nombre de places : 20, 40…
}
sheets-duplicate-session = l’identifiant « { $id } » est déjà celui d’une rencontre d’une ligne précédente
sheets-duplicate-session-action = donnez à chaque rencontre son propre identifiant, ou son propre titre
sheets-duplicate-room = la salle « { $id } » est déjà sur une ligne précédente
sheets-duplicate-room-action = donnez à chaque salle son propre nom
sheets-bad-room = « { $value } » ne donne pas une salle
sheets-bad-room-action = écrivez le nom, deux-points, le nombre de places, et si besoin deux-points et les équipements : "Tente des rencontres:40:sono"
sheets-bad-slot = « { $value } » n’est pas un créneau
sheets-bad-slot-action = écrivez le début et la fin, puis si besoin l’affluence (calme, normal, affluence) : 10:00-11:30 calme, 15:00-16:30
sheets-slots-overlap = les créneaux « { $value } » se chevauchent
sheets-slots-overlap-action = donnez à chaque créneau une heure de début après la fin du précédent
sheets-bad-busy-day = « { $value } » n’est ni un jour de la semaine ni une date (AAAA-MM-JJ)
sheets-bad-busy-day-action = écrivez des jours comme samedi, dimanche, ou des dates comme 2025-11-08
sheets-extra-columns = remarque : colonnes gardées telles quelles pour l’export : { $columns }
sheets-programme-read = programme : { $sessions ->
    [one] { $sessions } rencontre
   *[other] { $sessions } rencontres
}, { $rooms ->
    [one] { $rooms } salle
   *[other] { $rooms } salles
}, { $slots ->
    [one] { $slots } créneau
   *[other] { $slots } créneaux
}

## L’aide des options de caravane import

sheets-arg-sessions-sheet = La feuille des rencontres enregistrée en CSV (titre, thème, durée, places, besoins, animation)
sheets-arg-room = Une salle : « nom:places[:équipements] », par exemple « Tente des rencontres:40:sono » (à répéter)
sheets-arg-rooms = La feuille des salles enregistrée en CSV (nom, places, équipements)
sheets-arg-slot-times = Les créneaux de chaque jour de l’étape : « 10:00-11:30 calme, 15:00-16:30, 17:30-19:00 affluence »
sheets-arg-busy-days = Les jours où un créneau d’affluence normale devient chargé : « samedi,dimanche » ou des dates
sheets-arg-title = Le titre de l’étape
sheets-arg-town = La ville qui accueille l’étape
sheets-arg-place = La place ou la salle
sheets-arg-from = Le premier jour, AAAA-MM-JJ
sheets-arg-to = Le dernier jour, AAAA-MM-JJ

# Registrations in the sheet while the stop has no programme at all.
sheets-no-programme = { $rows ->
    [one] une ligne inscrit à des rencontres
   *[other] { $rows } lignes inscrivent à des rencontres (la première : ligne { $first })
} mais le programme n’a aucune rencontre
sheets-no-programme-action = donnez le programme avec --sessions-sheet RENCONTRES.csv (et --rooms, --slot-times), ou videz cette colonne
