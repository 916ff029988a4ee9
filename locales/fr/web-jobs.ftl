# The workbench: web-jobs (long jobs, late changes, rencontres).
web-jobs-stage-replan = Replanification
web-jobs-stage-tour = Tournée
web-jobs-stage-check = Vérification
web-jobs-replanning = Replanification avec le moins de déplacements possible
web-jobs-tour-start = Calcul des { $stops } étapes des itinéraires
web-jobs-tour-stop = { $itinerary } : étape { $index } sur { $of } calculée ({ $summary })
web-jobs-busy = Un calcul est déjà en cours pour cette étape (n° { $job }). Attendez qu’il finisse ou annulez-le.
web-jobs-cancelled = Calcul annulé : rien n’a été modifié.
web-jobs-failed = Le calcul n’a pas abouti : { $why }. Rien n’a été modifié.
web-jobs-label = calcul ({ $action })
web-jobs-applied = Calcul terminé : { $claim }
web-jobs-version-note = Calcul terminé après une modification du plan
web-jobs-saved-as-version = Le plan a été modifié pendant le calcul : le résultat n’a pas remplacé votre plan, il est enregistré comme version { $number }. { $claim }
web-jobs-no-such-job = Aucun calcul n° { $job }.
web-jobs-no-such-exhibitor = L’étape n’a pas d’exposant « { $id } ».
web-jobs-withdrawn-label = retrait de { $id }
web-jobs-withdrawn = { $id } est retiré de l’étape ; son stand est libre. Replanifiez pour combler le vide, ou gardez le plan tel quel.
web-jobs-added-label = { $count ->
    [one] un nouvel exposant
   *[other] { $count } nouveaux exposants
  }
web-jobs-added = { $count ->
    [one] Un nouvel exposant ajouté
   *[other] { $count } nouveaux exposants ajoutés
  } : il n’a pas encore de stand. Voyez les stands recommandés, ou replanifiez.
web-jobs-no-such-session = L’étape n’a pas de rencontre « { $id } ».
web-jobs-no-such-slot = L’étape n’a pas de créneau « { $id } » ce jour-là.
web-jobs-no-such-room = L’étape n’a pas de salle « { $id } ».
web-jobs-session-too-long = « { $title } » dure { $length } créneaux : elle ne tient pas dans ce qui reste de la journée à partir de ce créneau.
web-jobs-session-moved-label = rencontre { $id } déplacée
