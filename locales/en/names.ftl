# Caravane — language, zone names, family codes (en).

names-language-unknown = "{ $value }" is not a language Caravane speaks
names-language-action = write fr (French), en (English) or ar (Arabic)
names-zone-twice = zone "{ $zone }" is already named at { $first }
names-zone-twice-action = keep one name per zone
names-zone-unknown = no stand is in zone "{ $zone }" { $count ->
    [0] (no stand has a zone)
   *[other] (the stands' zones: { $zones })
}
names-zone-unknown-action = correct the zone's id or remove this name
names-zone-name-empty = zone "{ $zone }" has an empty name
names-zone-name-empty-action = give it a name or remove the field
names-code-shape = code "{ $code }" of family "{ $family }" must have 1 to 6 characters, without spaces
names-code-shape-action = choose a short code, e.g. CAR for carpets
names-code-twice = code "{ $code }" of family "{ $family }" is already that of "{ $other }"
names-code-twice-action = give each family a different code
