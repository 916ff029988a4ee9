# Caravane — export (en).

## The column headers of the assignments sheet (caravane export).

export-id = id
export-exhibitor = exhibitor
export-province = province
export-family = family
export-stand = stand
export-zone = zone
export-prime = prime stand
export-agenda = agenda
export-yes = yes
export-no = no
