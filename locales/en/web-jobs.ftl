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
