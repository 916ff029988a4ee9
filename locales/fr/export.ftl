# Caravane — export (fr).

## Les en-têtes de colonnes du tableau des attributions (caravane export).

export-id = identifiant
export-exhibitor = exposant
export-province = province
export-family = famille
export-stand = stand
export-zone = zone
export-prime = stand privilégié
export-agenda = agenda
export-yes = oui
export-no = non
