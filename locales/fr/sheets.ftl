# Caravane — sheets (fr).

## Lire le tableau des exposantes et exposants

sheets-at = ligne { $line }, colonne « { $column } »
sheets-line = ligne { $line }
sheets-field-name = le nom
sheets-field-province = la province
sheets-field-family = la famille
sheets-unclosed-quote = un guillemet (") ouvre cette cellule et n’est jamais refermé : le reste du fichier serait lu comme cette seule cellule
sheets-unclosed-quote-action = refermez le guillemet à la fin de la cellule, ou retirez-le (un guillemet à l’intérieur d’une cellule entre guillemets s’écrit deux fois : "")
sheets-header-unreadable = la ligne des titres ne peut pas être lue : { $why }
sheets-header-unreadable-action = enregistrez la feuille en CSV (séparateur ; ou ,) avec les noms des colonnes sur la première ligne
sheets-missing-column = aucune colonne ne donne { $field } de l’exposant ; les colonnes sont : { $columns }
sheets-missing-column-action = ajoutez une colonne nommée de l’une de ces façons : { $names }
sheets-row-unreadable = la ligne ne peut pas être lue : { $why }
sheets-row-unreadable-action = vérifiez les guillemets de cette ligne
sheets-no-name = l’exposant n’a pas de nom
sheets-no-name-action = écrivez son nom
sheets-bad-form = « { $value } » n’est pas une forme que Caravane connaît
sheets-bad-form-action = écrivez coopérative, association ou entreprise sociale
sheets-bad-yes-no = « { $value } » n’est ni oui ni non
sheets-bad-yes-no-action = écrivez oui ou non
sheets-bad-staff = « { $value } » n’est pas un nombre de personnes
sheets-bad-staff-action = écrivez combien de personnes tiennent le stand : 1, 2…
sheets-duplicate-id = l’identifiant « { $id } » est déjà utilisé sur une ligne précédente
sheets-duplicate-id-action = donnez à chaque exposant son propre identifiant

## Un nom que le fichier du lieu ne connaît pas

sheets-unknown-province = province « { $value } » inconnue dans le fichier du lieu
sheets-unknown-family = famille « { $value } » inconnue dans le fichier du lieu
sheets-unknown-session = rencontre « { $value } » inconnue dans le fichier du lieu
sheets-did-you-mean = { $cause } : vouliez-vous dire { $item } ?
sheets-then = { $cause }. { $more }
sheets-after-question = { $cause } { $more }
sheets-known-provinces = Provinces connues : { $items }
sheets-known-families = Familles connues : { $items }
sheets-known-sessions = Rencontres connues : { $items }
sheets-no-provinces = Le fichier du lieu n’a aucune province.
sheets-no-families = Le fichier du lieu n’a aucune famille.
sheets-no-sessions = Le fichier du lieu n’a aucune rencontre.
sheets-item = « { $id } » ({ $name })
sheets-item-id = « { $id } »
sheets-in-all = … ({ $count } en tout)
sheets-write-closest-province = écrivez « { $name } » si c’est bien elle, ou le nom ou l’identifiant d’une autre province du fichier du lieu
sheets-write-closest-family = écrivez « { $name } » si c’est bien elle, ou le nom ou l’identifiant d’une autre famille du fichier du lieu
sheets-write-closest-session = écrivez « { $name } » si c’est bien elle, ou le titre ou l’identifiant d’une autre rencontre du fichier du lieu
sheets-write-province = écrivez le nom ou l’identifiant de l’une des provinces du fichier du lieu
sheets-write-family = écrivez le nom ou l’identifiant de l’une des familles du fichier du lieu
sheets-write-session = écrivez le titre ou l’identifiant de l’une des rencontres du fichier du lieu
