# Caravane — planning (en).

## Words of lists and of the solver's reports

planning-none = none
planning-list-comma = {", "}
planning-list-and = { $head } and { $last }
planning-list-or = { $head } or { $last }
planning-list-more = { $list } and { $more } more
planning-quoted = "{ $text }"

## The stages of the solve

planning-stage-matching = matching
planning-stage-counts = counts
planning-stage-search = search
planning-stage-least-clash = least clash
planning-stage-whole = whole model
planning-stage-timetable = timetable
planning-stage-timetable-bound = timetable bound
planning-stage-re-seat = re-seat
planning-progress-matching = checking that every exhibitor can have a stand
planning-progress-counts = balancing provinces over zones and prime stands ({ $vars } variables, { $rows } rows)
planning-progress-whole-flows = the counts found need fractional flows; solving with whole flows
planning-progress-search = seating exhibitors with those counts, keeping clashing neighbours apart
planning-progress-least-clash = proving the least clash of any layout ({ $vars } variables, { $rows } rows)
planning-progress-whole = closing the gap on the whole stand objective ({ $vars } variables, { $rows } rows)
planning-progress-timetable = scheduling the sessions given the stands
planning-progress-timetable-bound = bounding the session terms over every layout
planning-result-everyone = everyone can be placed
planning-result-deficient = { $count ->
        [one] 1 deficient set
       *[other] { $count } deficient sets
    }
planning-result-out-of-time = stopped by the time limit
planning-result-counts = { $status }, balance { $balance }, bound { $bound }
planning-result-search = clash { $clash }
planning-result-least-clash = { $status }, clash bound { $bound }
planning-result-whole = { $status }, objective { $objective }, bound { $bound }
planning-result-timetable = { $status }, sessions { $sessions }, bound { $bound }
planning-mip-optimal = optimal
planning-mip-feasible = feasible
planning-mip-infeasible = infeasible
planning-mip-no-solution = no solution
planning-mip-timed-out = timed out

## Why a stop has no layout

planning-infeasible-pinned = { $stand } is pinned to { $exhibitor }
planning-infeasible-restricted = {" "}(pins and forbidden stands taken into account)
planning-infeasible-restricted-list = {" "}(pins and forbidden stands taken into account: { $pins })
planning-infeasible-too-many = There are { $exhibitors ->
        [one] 1 exhibitor
       *[other] { $exhibitors } exhibitors
    } but { $stands ->
        [0] no stand
        [one] only 1 stand
       *[other] only { $stands } stands
    }. Add stands, or leave some exhibitors for another stop.
planning-infeasible-needs = { $count ->
        [one] This exhibitor needs { $needs }
       *[other] These { $count } exhibitors need { $needs }
    }, but { $offered ->
        [0] no stand offers it{ $tail }
        [one] only 1 stand offers it to them{ $tail }: { $stands }
       *[other] only { $offered } stands offer it to them{ $tail }: { $stands }
    }. { $count ->
        [one] Exhibitor
       *[other] Exhibitors
    }: { $names }. Add { $needs } to { $missing ->
        [one] 1 more stand
       *[other] { $missing } more stands
    }, or leave { $missing } of them for another stop.
planning-infeasible-choice = Because of their needs{ $tail }, { $count ->
        [one] this exhibitor can use
       *[other] these { $count } exhibitors can use
    } { $offered ->
        [0] no stand
        [one] only 1 stand between them: { $stands }
       *[other] only { $offered } stands between them: { $stands }
    }. { $count ->
        [one] Exhibitor
       *[other] Exhibitors
    }: { $names }. Widen their choice of stands by { $missing }, or leave { $missing } of them for another stop.
planning-timetable-infeasible = No timetable holds every session once without two sessions in one room or one facilitator in two places at once; each session fits some room and day on its own, so the sessions compete for the same rooms, days or facilitators. Add a slot or a room, or shorten a session.
planning-facilitator-overbooked = { $person } leads { $sessions } ({ $need } slots between them), but the programme has only { $slots } slots: one person cannot be in two sessions at once. Give one of these sessions another facilitator, or add slots.
planning-rooms-short = { $sessions } can only be held in { $rooms } (enough seats and equipment), which offer { $offer } room-slots, but they need { $need }. Add slots or a room that fits them.

## A solution's status

planning-status-optimal = optimal
planning-status-feasible = feasible
planning-status-infeasible = infeasible
planning-status-unknown = unknown

## Plans, re-plans, changes by hand

planning-disagreement = the solver's objective { $solver } differs from the checker's { $checker }
planning-bad-layout = the layout to keep is not valid for this stop: { $why }
planning-not-finite = the objective of the plan adds up to { $total }, which a solution file cannot hold: the weights of the stop are too large; keep each weight at 1000000 or less
planning-replan-no-layout = the changed stop has no layout within the limits
planning-replan-no-timetable = no timetable was found for the changed stop within the time limit
planning-move-arrives = { $name } arrives and gets stand { $stand }
planning-move-head = { $name } moves from { $from } to { $to }
planning-move-forced = { $head } — forced: { $reason }
planning-move-chosen = { $head } — { $why }
planning-move-saves = chosen: saves { $saves } (the whole plan costs { $saves } more { $against })
planning-move-saves-nothing = chosen: saves nothing against the plan { $against }
planning-move-back = with it back on { $from }
planning-move-back-swapped = with it back on { $from } and { $other } on { $to }
planning-move-cannot-go-back = { $head } — chosen: the whole plan costs less so; it cannot go back to { $from } alone
planning-forced-stand-gone = stand { $stand } is no longer on the plan
planning-forced-need = stand { $stand } no longer offers { $needs }
planning-forced-forbidden = stand { $stand } is now forbidden to it
planning-forced-pinned-elsewhere = it is now pinned to stand { $stand }
planning-forced-pinned-to-other = stand { $stand } is now pinned to { $other }
planning-session-new = { $title } is new to the stop
planning-session-forced = { $title } moves — forced: { $reason }
planning-session-chosen = { $title } moves — { $why }
planning-session-cannot-go-back = { $title } moves — chosen: the whole plan costs less so; it cannot go back alone
planning-session-back = with it back in { $room } at { $slots }
planning-session-room-gone = room { $room } is no longer on the plan
planning-session-slot-gone = slot { $slot } is no longer in the programme
planning-session-room-unfit = { $room } no longer fits it (seats or equipment)
planning-session-slots-apart = its slots no longer make { $length ->
        [one] 1 slot
       *[other] { $length } slots in a row
    } of one day
planning-no-such-exhibitor = there is no exhibitor "{ $id }" in the stop file
planning-recommend-placed = exhibitor "{ $id }" already has a stand in the solution
planning-recommend-no-stand = no free stand meets the needs of "{ $id }" and is allowed to it
planning-recommend-clash = { $text } (cost { $cost })
planning-recommend-costs = { $term } costs { $by } against the best stand
planning-recommend-saves = { $term } saves { $by } against the best stand
planning-recommend-best = no clash with its neighbours, and the provinces stay as balanced as they can
planning-recommend-same = costs the same as the best stand
planning-hand-no-layout = the solution holds no layout to change (status { $status })
planning-hand-no-such-stand = there is no stand "{ $id }" on the square
planning-hand-not-placed = exhibitor "{ $id }" has no stand in the solution: give it one with a move
planning-hand-already-there = exhibitor "{ $id }" is on stand { $stand } already
planning-hand-same = exhibitor "{ $id }" cannot swap stands with itself
planning-hand-taken = stand { $stand } is taken by { $by_name } ({ $by }): to give it to "{ $id }", swap the two exhibitors
planning-hand-breaks = the change would break a rule of the stop: { $rules }
planning-hand-bound-carried = the bound is the one proven when the stop was solved: the stop file is the same, and a bound over every layout does not depend on the layout
planning-hand-bound-unrecorded = the old file does not record which stop it was made for: the bound is the one the count model proves now over every layout of the stop
planning-hand-bound-stop-changed = the stop file changed since the old solution was made: the bound is the one the count model proves now over every layout of the stop
planning-hand-bound-none-holds = the old file gives no bound that holds: the bound is the one the count model proves now over every layout of the stop
planning-hand-sessions-kept = the sessions keep their rooms and slots; the session terms are recomputed by the checker for the new stands
planning-hand-broken-before = the layout broke { $count ->
        [one] 1 rule
       *[other] { $count } rules
    } before this change and still does: { $rules }
