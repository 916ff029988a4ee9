# The workbench (`caravane serve`): what every page shares.
web-missing-header = Cette demande ne vient pas d’une page de Caravane : elle est refusée.
web-refused-title = Accès refusé
web-refused = Cette adresse demande le jeton d’accès. Ouvrez l’adresse complète que la commande « caravane serve » a affichée (elle se termine par ?token=…).
web-internal = Erreur interne de Caravane ({ $what }). Rien n’a été modifié ; rechargez la page, et signalez l’erreur si elle revient.
web-invalid-file = { $file } : { $count ->
    [one] un problème
   *[other] { $count } problèmes
  }. Corrigez le fichier et envoyez-le à nouveau ; rien n’a été enregistré.
web-conflict = Ce plan a été modifié ailleurs (dans un autre onglet ou par une autre personne) : il en est à la révision { $revision }. Votre modification n’a pas été faite ; la page montre maintenant le plan à jour.
web-too-large = Fichier trop gros : Caravane accepte au plus { $megabytes } Mio. Envoyez la feuille seule (sans images), enregistrée en CSV.
web-state-empty = pas encore de plan
web-state-solved = calculé
web-state-hand = modifié à la main
web-state-replanned = replanifié
web-state-sessions = rencontres replanifiées
web-state-imported = importé
web-state-restored = version rouverte
web-nothing-to-undo = Rien à annuler.
web-nothing-to-redo = Rien à rétablir.
web-no-layout = Cette étape n’a pas encore de plan : lancez d’abord le calcul.
web-no-such-stop = L’espace de travail n’a pas d’étape n° { $id }.
web-no-such-tour = L’espace de travail n’a pas de tournée n° { $id }.
web-no-such-version = L’espace de travail n’a pas de version n° { $id }.
web-no-such-upload = L’espace de travail n’a pas de fichier envoyé n° { $id }.
web-workspace-newer = Cet espace de travail a été fait par une version plus récente de Caravane (schéma { $found }, celle-ci connaît le { $known }). Mettez Caravane à jour pour l’ouvrir.
web-language = Langue
web-workspace-title = Espace de travail
web-workspace-stops = Étapes
web-plan = Plan de la place
web-close = Fermer
web-problem-line = ligne { $line }, colonne { $column }
