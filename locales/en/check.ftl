# Caravane — check (en).
# The independent checker's sentences: broken rules, costs with their reasons, what a solution
# file claims about itself, the verdict of `caravane check`.

## Joining words

# "A and B"; the rest of the list is already separated by commas.
check-and = { $first } and { $last }
check-comma = {", "}
check-semicolon = {"; "}
# A slot: "on 7 November at 10:00".
check-when = on { $day } at { $time }

## Hard rules

check-unknown-exhibitor = the layout places "{ $exhibitor }", who is not an exhibitor of this stop
check-unknown-stand = the layout uses stand "{ $stand }", which is not on this square
check-two-stands = { $who } is given two stands, { $first } and { $second }
check-double-booked = stand { $stand } is given to both { $first } and { $second }
check-no-stand = { $who } has no stand
check-unmet-need = { $who } needs "{ $need }" but stand { $stand } does not offer it
check-broken-pin-elsewhere = { $who } is pinned to stand { $pinned } but has stand { $stand }
check-broken-pin-nowhere = { $who } is pinned to stand { $pinned } but has no stand
check-forbidden-stand = { $who } is on stand { $stand }, which is forbidden to it
check-unknown-session = the programme holds "{ $session }", which is not a session of this stop
check-session-twice = session *{ $title }* is held twice
check-unknown-room = session *{ $title }* is in room "{ $room }", which this stop does not have
check-unknown-slot = session *{ $title }* uses slot "{ $slot }", which this stop does not have
check-session-not-held = session *{ $title }* is not held
check-session-length = session *{ $title }* lasts { $length ->
    [one] { $length } slot
   *[other] { $length } slots
} but is given { $given }
check-session-slots = session *{ $title }* is not in consecutive slots of one day
check-room-too-small = session *{ $title }* needs { $seats ->
    [one] { $seats } seat
   *[other] { $seats } seats
} but { $room } has { $capacity }
check-room-lacks = session *{ $title }* needs "{ $need }" but { $room } does not offer it
check-room-double-booked = { $room } holds *{ $first }* and *{ $second }* at once, { $when }
check-facilitator-double-booked = { $facilitator } leads *{ $first }* and *{ $second }* at once, { $when }

## Why each cost

check-clash = Stands { $a } and { $b } are { $kind ->
    [side] side
    [facing] facing
   *[back] back
} neighbours and { $why }: { $first } and { $second } ({ NUMBER($kind_weight, maximumFractionDigits: 4) } × { NUMBER($family_weight, maximumFractionDigits: 4) } = { NUMBER($cost, maximumFractionDigits: 4) }).
check-clash-same = both sell { $family }
check-clash-mix = { $first } and { $second } do not mix
check-group-zone = Zone "{ $zone }"
check-group-prime = The prime stands
check-off-target = { $group }: { $here ->
    [one] { $here } exhibitor
   *[other] { $here } exhibitors
} of { $province } against a target of { NUMBER($target, minimumFractionDigits: 2, maximumFractionDigits: 2) } ({ NUMBER($share, minimumFractionDigits: 1, maximumFractionDigits: 1) } % of its { $count }): { NUMBER($off, minimumFractionDigits: 2, maximumFractionDigits: 2) } { $side ->
    [over] over
   *[under] under
}.
check-empty-prime = Prime stand { $stand } is left empty.
check-rotation = { $who } { $reasons }.
check-rotation-prime = gets prime stand { $stand } again after prime stands at { $stops }
check-rotation-zone = stands in zone "{ $zone }" again after { $stops }
check-rotation-and = { $first }, and { $second }
check-missed = { $who } registered for { $titles }, all held { $when }: { $missed } missed.
check-unattended = { $who } keeps the stand alone and leaves it for { $parts }: { $cost }.
check-unattended-part = { $titles } { $when } ({ $footfall ->
    [quiet] quiet
    [normal] normal
   *[busy] busy
}, { $cost })
check-neighbour-watch = Stands { $a } and { $b } are neighbours, each kept by one person, and both are empty { $when }: { $first } is at { $first_titles }, { $second } at { $second_titles }.

## The objective terms, as planners read them (their names in the files)

check-term-total = total

## What a solution file claims

check-claim-problem-changed = the stop file changed since this solution was made (its fingerprint differs): what the file says of its quality — status, bound, gap — was proven for another stop, and no bound is claimed for this one
check-claim-not-recorded = the file does not record which stop file it was made for (it has no problem_sha256: an earlier Caravane wrote it), so what it says of its quality is taken as said of this stop, and whether the stop changed since is not known
check-claim-unexpected-layout = the status is { $status } but the file holds { $count ->
    [one] { $count } assignment
   *[other] { $count } assignments
}
check-claim-objective-differs = the file's objective is not what its layout costs under this stop file ({ $changes }): { $why }
check-claim-change = { $term } { $in_file } → { $recomputed }
check-claim-why-layout = the layout was changed since it was solved
check-claim-why-stop = the stop file changed since
check-claim-why-either = the layout or the stop file was changed since
check-claim-bound-above-total = the bound { NUMBER($bound, maximumFractionDigits: 6) } is above the layout's total { NUMBER($total, maximumFractionDigits: 6) }: no layout can cost less than the proven bound, so the bound is wrong
check-claim-no-bound = the status is { $status } but the file gives no bound or gap
check-claim-wrong-gap = the gap { NUMBER($gap, maximumFractionDigits: 6) } does not follow from the file's total { NUMBER($total, maximumFractionDigits: 6) } and its bound { NUMBER($bound, maximumFractionDigits: 6) } (it should be { NUMBER($expected, maximumFractionDigits: 6) })
check-claim-optimal-with-gap = the status is optimal but the gap is { NUMBER($gap, maximumFractionDigits: 6) }
check-claim-now-bound = the layout now costs { $total }, { $gap } % above the proven bound { $bound }
check-claim-now-no-bound = the layout now costs { $total }, and no bound holds for it
check-claim-stale-optimal = the file's status (best possible, gap 0) held for the layout it was solved with, not for this one: { $now }
check-claim-stale-gap = the file's gap of { $gap } % held for the layout it was solved with: { $now }

## What holds

check-standing-optimal = optimal
check-standing-feasible = feasible
check-standing-breaks-rules = breaks rules
check-standing-infeasible = infeasible
check-standing-unknown = unknown
check-figures-infeasible = no layout keeps every rule of the stop
check-figures-unknown = no layout was found within the limits
check-figures-breaks = objective { $total }, but the layout breaks { $count ->
    [one] { $count } rule
   *[other] { $count } rules
} of the stop
check-figures-bound = objective { $total }, proven bound { $bound }, gap { $gap } %
check-figures-no-bound = objective { $total }, no proven bound
check-figures-none = no layout
check-since-changed = the stop file changed since this solution was made
check-since-by-hand = changed by hand since it was solved
check-since-either = the layout or the stop file was changed since it was solved
check-warning-untrue = the solution file claims what does not hold (see caravane check)
check-warning-since = { $since }: what the file claimed no longer holds
check-meaning-optimal = No layout of this stop can score better under these rules: Caravane proved it.
check-meaning-feasible-bound = No layout of this stop can score below the proven bound { $bound }; this one is { $gap } % above it, so it is not proven the best.
check-meaning-feasible-changed = The stop file changed since this solution was made: every cost is recomputed for the stop as it is now, but no bound is known for it, so how far this layout is from the best is not known. Solve again to know.
check-meaning-feasible-no-bound = No bound is known for this stop: how far this layout is from the best is not known.
check-meaning-breaks = This layout breaks { $count ->
    [one] { $count } rule
   *[other] { $count } rules
} of the stop: it cannot be used as it is, and nothing is claimed about its quality.
check-meaning-infeasible = The solution file says that no layout keeps every rule of this stop.
check-meaning-unknown = The search stopped before it found any layout.

## The verdict of `caravane check`

check-note = note: { $text }
check-note-other-problem = the solution names problem "{ $named }", the stop file is "{ $name }"
check-note-no-layout = the file holds no layout (status { $status })
check-note-no-timetable = the file holds no timetable: the stands are checked, the session terms count 0
check-note-no-objective = the file gives no objective: the recomputed values stand alone
check-hard-kept = hard constraints: all kept
check-hard-broken = hard constraints: { $count } broken
check-claims-hold = claims: all hold
check-claims-untrue = claims: { $count ->
    [one] { $count } does not hold
   *[other] { $count } do not hold
}
check-what-holds = what holds: { $claim }
check-table-objective = objective
check-table-in-file = in file
check-table-recomputed = recomputed
check-table-ok = ok
check-table-differs = DIFFERS
check-why = why it costs what it costs:
check-passed = check passed
check-failed = check FAILED
check-moves-heading = { $count ->
    [one] { $count } exhibitor has
   *[other] { $count } exhibitors have
} another stand than in the older solution:
check-moves-not-there = (not there)
check-moves-gone = (gone)
