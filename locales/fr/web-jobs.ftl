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
web-jobs-solve = Calculer
web-jobs-resolve = Recalculer en gardant les épingles
web-jobs-time-limit = Durée maximale
web-jobs-no-limit = jusqu’à l’optimum prouvé
web-jobs-seconds = { $seconds } s
web-jobs-progress = Calcul en cours
web-jobs-best = Meilleur total
web-jobs-bound = Borne prouvée
web-jobs-gap = Écart
web-jobs-elapsed = Temps écoulé
web-jobs-cancel = Annuler
web-jobs-late-title = Changements de dernière minute
web-jobs-withdraw-title = Retirer un exposant
web-jobs-withdraw-who = Exposant à retirer
web-jobs-withdraw = Retirer
web-jobs-add-title = Ajouter un exposant
web-jobs-add-name = Nom
web-jobs-add-province = Province
web-jobs-add-family = Famille
web-jobs-add-women = Dirigée par des femmes
web-jobs-add = Ajouter
web-jobs-replan-title = Replanifier
web-jobs-replan = Replanifier avec le moins de déplacements
web-jobs-save-version = Enregistrer comme nouvelle version
web-jobs-version-replanned = Replanifié après des changements de dernière minute
web-jobs-version-saved = Version enregistrée.
web-jobs-recommended = Stands recommandés pour { $id }
web-jobs-total = total { $total }
web-jobs-moves-title = Déplacements : { $count }
web-jobs-left = Partis : { $names }
web-jobs-who = Exposant
web-jobs-from = De
web-jobs-to = Vers
web-jobs-why = Pourquoi
web-jobs-forced = (imposé)
web-jobs-chosen = (choisi)
web-jobs-no-moves = Personne ne change de stand.
web-jobs-sessions-moved = Rencontres déplacées : { $titles }
web-jobs-sessions-title = Programme des rencontres
web-jobs-sessions-help = Cliquez sur une rencontre, puis sur la case (jour, créneau, salle) où la tenir : le coût de ce changement s’affiche aussitôt.
web-jobs-replan-sessions = Replanifier les rencontres
web-jobs-slot = Créneau
web-jobs-registered = { $count } inscrits
web-jobs-unplanned = Pas encore au programme : { $titles }
web-jobs-session-moved = Rencontre déplacée : total { $before } → { $after }
web-jobs-last = Dernier calcul
