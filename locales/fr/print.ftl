# Caravane — print
# Le dossier à imprimer (caravane print) : listes par zone, panneaux des stands, programme,
# agendas et résumé du résultat.

print-about = Écrit le dossier à imprimer d’une solution, en un seul PDF : le plan en A3, la liste de chaque zone pour l’accueil, un panneau A5 par stand, le programme des rencontres, l’agenda de chaque exposante et exposant, et le résumé du résultat
print-arg-output = Le fichier PDF à écrire
print-cannot-be-made = erreur : le dossier à imprimer ne peut pas être produit : { $error }
print-stop-line = { $name } — { $place } — { $dates }
print-page = page { $page } sur { $pages }

print-list-title = { $zone } : liste des stands
print-list-continued = { $zone } : liste des stands (suite)
print-list-what = { $stands ->
    [one] { $stands } stand
   *[other] { $stands } stands
}, { $exhibitors ->
    [0] aucun occupé
    [one] { $exhibitors } occupé
   *[other] { $exhibitors } occupés
}
print-list-no-zone = Hors zone
print-list-free = libre
print-col-stand = Stand
print-col-exhibitor = Exposant
print-col-province = Province
print-col-family = Famille
print-col-people = Pers.
print-col-notes = Contact et remarques
print-col-needs = Besoins

print-programme-title = Programme des rencontres
print-programme-continued = Programme des rencontres (suite)
print-programme-none = Aucune rencontre n’est programmée.
print-col-time = Horaire
print-col-room = Salle
print-col-session = Rencontre
print-col-facilitators = Animée par
print-col-registered = Inscrits

print-agendas-title = Les rencontres de chaque exposante et exposant
print-agendas-continued = Les rencontres de chaque exposante et exposant (suite)
print-agenda-head = { $stand } · { $name }

print-summary-title = Le résultat et ses raisons
print-summary-continued = Le résultat et ses raisons (suite)
print-summary-terms = Les critères
print-summary-why = Les coûts qui restent, et pourquoi
print-summary-violations = Les règles enfreintes
