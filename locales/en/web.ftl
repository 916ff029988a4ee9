# The workbench (`caravane serve`): what every page shares.
web-missing-header = This request does not come from a page of the Caravane workbench: it is refused.
web-refused-title = Access refused
web-refused = This address needs the access token. Open the whole address that the command "caravane serve" printed (it ends with ?token=…).
web-internal = Internal error of the workbench ({ $what }). Nothing was changed; reload the page, and report the error if it comes back.
web-invalid-file = { $file }: { $count ->
    [one] one problem
   *[other] { $count } problems
  }. Correct the file and send it again; nothing was saved.
web-conflict = This plan was changed elsewhere (in another tab or by someone else): it is now at revision { $revision }. Your change was not made; the page now shows the plan as it is.
web-too-large = File too large: the workbench accepts at most { $megabytes } MiB. Send the sheet alone (no pictures), saved as CSV.
web-state-empty = no plan yet
web-state-solved = solved
web-state-hand = changed by hand
web-state-replanned = re-planned
web-state-sessions = sessions re-planned
web-state-imported = imported
web-state-restored = version reopened
web-nothing-to-undo = Nothing to undo.
web-nothing-to-redo = Nothing to redo.
web-no-layout = This stop has no plan yet: run the solve first.
web-no-such-stop = The workspace has no stop number { $id }.
web-no-such-tour = The workspace has no tour number { $id }.
web-no-such-version = The workspace has no version number { $id }.
web-no-such-upload = The workspace has no uploaded file number { $id }.
web-workspace-newer = This workspace was made by a newer Caravane (schema { $found }, this one knows { $known }). Update Caravane to open it.
web-language = Language
web-workspace-title = Workspace
web-workspace-stops = Stops
web-plan = Plan of the square
web-close = Close
web-problem-line = line { $line }, column { $column }
