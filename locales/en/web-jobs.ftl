# The workbench: web-jobs (long jobs, late changes, sessions).
web-jobs-stage-replan = Re-plan
web-jobs-stage-tour = Tour
web-jobs-stage-check = Check
web-jobs-replanning = Re-planning with as few moves as possible
web-jobs-tour-start = Planning the { $stops } stops of the itineraries
web-jobs-tour-stop = { $itinerary }: stop { $index } of { $of } planned ({ $summary })
web-jobs-busy = A job is already running for this stop (no. { $job }). Wait for it to finish or cancel it.
web-jobs-cancelled = Job cancelled: nothing was changed.
web-jobs-failed = The job did not succeed: { $why }. Nothing was changed.
web-jobs-label = job ({ $action })
web-jobs-applied = Job finished: { $claim }
web-jobs-version-note = Finished after the plan was changed
web-jobs-saved-as-version = The plan was changed during the job: the result did not replace your plan, it is saved as version { $number }. { $claim }
web-jobs-no-such-job = No job no. { $job }.
web-jobs-no-such-exhibitor = The stop has no exhibitor “{ $id }”.
web-jobs-withdrawn-label = { $id } withdrawn
web-jobs-withdrawn = { $id } is withdrawn from the stop; their stand is free. Re-plan to fill the gap, or keep the plan as it is.
web-jobs-added-label = { $count ->
    [one] one newcomer
   *[other] { $count } newcomers
  }
web-jobs-added = { $count ->
    [one] One newcomer added
   *[other] { $count } newcomers added
  }: no stand yet. See the recommended stands, or re-plan.
web-jobs-no-such-session = The stop has no session “{ $id }”.
web-jobs-no-such-slot = The stop has no slot “{ $id }” on that day.
web-jobs-no-such-room = The stop has no room “{ $id }”.
web-jobs-session-too-long = “{ $title }” lasts { $length } slots: it does not fit in what is left of the day from that slot.
web-jobs-session-moved-label = session { $id } moved
web-jobs-solve = Solve
web-jobs-resolve = Solve again keeping the pins
web-jobs-time-limit = Time limit
web-jobs-no-limit = until proven optimal
web-jobs-seconds = { $seconds } s
web-jobs-progress = Solving
web-jobs-best = Best total
web-jobs-bound = Proven bound
web-jobs-gap = Gap
web-jobs-elapsed = Elapsed
web-jobs-cancel = Cancel
web-jobs-late-title = Late changes
web-jobs-withdraw-title = Withdraw an exhibitor
web-jobs-withdraw-who = Exhibitor to withdraw
web-jobs-withdraw = Withdraw
web-jobs-add-title = Add an exhibitor
web-jobs-add-name = Name
web-jobs-add-province = Province
web-jobs-add-family = Family
web-jobs-add-women = Led by women
web-jobs-add = Add
web-jobs-replan-title = Re-plan
web-jobs-replan = Re-plan with the fewest moves
web-jobs-save-version = Save as a new version
web-jobs-version-replanned = Re-planned after late changes
web-jobs-version-saved = Version saved.
web-jobs-recommended = Recommended stands for { $id }
web-jobs-total = total { $total }
web-jobs-moves-title = Moves: { $count }
web-jobs-left = Left: { $names }
web-jobs-who = Exhibitor
web-jobs-from = From
web-jobs-to = To
web-jobs-why = Why
web-jobs-forced = (forced)
web-jobs-chosen = (chosen)
web-jobs-no-moves = Nobody changes stand.
web-jobs-sessions-moved = Sessions moved: { $titles }
web-jobs-sessions-title = Programme of the sessions
web-jobs-sessions-help = Click a session, then the cell (day, slot, room) to hold it in: what the change costs shows at once.
web-jobs-replan-sessions = Re-plan the sessions
web-jobs-slot = Slot
web-jobs-registered = { $count } registered
web-jobs-unplanned = Not on the programme yet: { $titles }
web-jobs-session-moved = Session moved: total { $before } → { $after }
web-jobs-last = Last job
