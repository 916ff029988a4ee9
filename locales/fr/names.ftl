# Caravane — langue, noms des zones, codes des familles (fr).

names-language-unknown = « { $value } » n’est pas une langue de Caravane
names-language-action = écrivez fr (français), en (anglais) ou ar (arabe)
names-zone-twice = la zone « { $zone } » est déjà nommée en { $first }
names-zone-twice-action = gardez un seul nom par zone
names-zone-unknown = aucun stand n’est dans la zone « { $zone } » { $count ->
    [0] (aucun stand n’a de zone)
   *[other] (zones des stands : { $zones })
}
names-zone-unknown-action = corrigez l’id de la zone ou retirez ce nom
names-zone-name-empty = la zone « { $zone } » a un nom vide
names-zone-name-empty-action = donnez-lui un nom ou retirez ce champ
names-code-shape = le code « { $code } » de la famille « { $family } » doit faire de 1 à 6 caractères, sans espace
names-code-shape-action = choisissez un code court, par exemple TAP pour des tapis
names-code-twice = le code « { $code } » de la famille « { $family } » est déjà celui de « { $other } »
names-code-twice-action = donnez à chaque famille un code différent
