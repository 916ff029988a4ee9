# Caravane — report (en).
# The printable report of a stop (caravane report) and the page comparing the itineraries of a
# tour (caravane compare --format html, ids report-tour-…).

report-caravane-report = Caravane report
report-where-when = { $place } — { $dates }
report-exhibitors-on-stands = { $exhibitors ->
    [one] { $exhibitors } exhibitor
   *[other] { $exhibitors } exhibitors
} on { $stands ->
    [one] { $stands } stand
   *[other] { $stands } stands
}
report-sample-data = Sample data: the exhibitors of this stop are invented examples.
report-breaks-rules = This layout breaks { $count ->
    [one] one rule
   *[other] { $count } rules
} of the stop:
report-warning-what-holds = The result below is what holds for the layout as it is now.
report-result = The result
report-status-optimal = optimal
report-status-feasible = feasible
report-status-breaks-rules = breaks rules
report-status-infeasible = infeasible
report-status-unknown = unknown
report-objective = objective
report-bound-gap = , proven bound { $bound }, gap { $gap } %
report-no-bound = , no proven bound
report-solved-in = — solved in { $seconds } s
report-no-layout = no layout.
report-note = Note: { $note }.
report-stopped-time-limit = A time limit stopped the search.
report-stopped-gap = The search stopped within the gap asked for.
report-stopped-stages-done = Every stage of the search ran to its end, short of a proof.
report-col-term = term
report-col-meaning = what it measures
report-col-value = value
report-col-weight = weight
report-col-cost = cost
report-col-total = total
report-plan = The plan
report-costs-explained = Every cost, explained
report-group-count-cost = { $count ->
    [one] { $count } case
   *[other] { $count } cases
}, cost { $cost }
report-item-cost = — cost { $cost }
report-nothing-costs = Nothing costs anything: every term is 0.
report-grid = Provinces across the zones
report-grid-what = Each cell gives the exhibitors of a province placed in a zone, and in brackets the fair target: the province's share of all exhibitors times the places of the zone.
report-grid-colours = Green: within half an exhibitor of the target; yellow: within one and a half; red: further.
report-col-zone = zone
report-col-placed = placed
report-programme = The exchange sessions
report-col-day = day
report-col-time = time
report-col-room = room
report-col-session = session
report-col-registered = registered
report-no-session = No session is planned in this solution.
report-exhibitors = The exhibitors
report-prime-legend = ★: prime stand.
report-col-stand = stand
report-col-exhibitor = exhibitor
report-col-province = province
report-col-family = family
report-col-agenda = sessions
report-agenda-when = { $day }, { $time }
report-footer = Made by Caravane from the stop file and the solution file. Every cost is recomputed from the layout by the same code as "caravane check".
report-cannot-be-made = error: the report cannot be made: { $error }

# The terms of the objective: short name, what it measures, explanation.
report-term-clash = Clashing neighbours
report-term-clash-label = neighbours of the same family, or of families that do not mix
report-term-clash-description = Neighbours that clash: two sellers of the same family, or of families that do not mix, side by side, facing or back to back.
report-term-zone-balance = Zone balance
report-term-zone-balance-label = provinces off their fair share in each zone
report-term-zone-balance-description = How far each province is from its fair share of every zone of the square.
report-term-prime-balance = Prime stand balance
report-term-prime-balance-label = provinces off their fair share of the prime stands
report-term-prime-balance-description = How far each province is from its fair share of the prime stands.
report-term-empty-prime = Empty prime stands
report-term-empty-prime-label = prime stands left empty
report-term-empty-prime-description = Prime stands left empty.
report-term-missed-session = Missed sessions
report-term-missed-session-label = sessions an exhibitor registered for, held at the same time
report-term-missed-session-description = Sessions an exhibitor registered for but cannot attend, because another of its sessions runs at the same time.
report-term-unattended = Stands left alone
report-term-unattended-label = one-person stands left during a session, by footfall
report-term-unattended-description = Slots in which a one-person stand is left for a session, weighted by the footfall of the slot.
report-term-neighbour-watch = Neighbours away together
report-term-neighbour-watch-label = neighbouring one-person stands both away at once
report-term-neighbour-watch-description = Slots in which two neighbouring one-person stands are both away at sessions.
report-term-rotation = Rotation
report-term-rotation-label = prime stands and zones had again over the tour
report-term-rotation-description = Over a tour: prime stands and zones had again by those who had them at earlier stops.

# The page comparing the itineraries of a tour.
report-tour-compared = itineraries compared
report-tour-intro = { $count ->
    [one] { $count } itinerary planned stop by stop.
   *[other] { $count } itineraries planned stop by stop and compared.
} Lower scores rank first.
report-tour-itinerary = { $rank }. { $name }
report-tour-ranking = Ranking
report-tour-col-rank = rank
report-tour-col-itinerary = itinerary
report-tour-col-score = score
report-tour-col-tour-km = tour km
report-tour-col-exhibitor-km = exhibitor-km
report-tour-col-attending = attending
report-tour-col-turned-away = turned away
report-tour-col-representation-gap = repr. gap %
report-tour-col-layout = layout
report-tour-col-prime = prime min–max
report-tour-col-gini = Gini
report-tour-col-sessions-missed = sessions missed
report-tour-criteria = The criteria, itinerary by itinerary
report-tour-criteria-what = Each bar is a criterion scaled over the itineraries compared: no bar for the best value, a full bar for the worst. The raw value is written beside it.
report-tour-chart-tour-km = tour km
report-tour-chart-exhibitor-km = exhibitor-km
report-tour-chart-attending = attending (more is better)
report-tour-chart-representation-gap = representation gap
report-tour-chart-layout = layout
report-tour-chart-prime-gini = prime Gini
report-tour-chart-sessions-missed = sessions missed
report-tour-km = { $km } km
report-tour-col-stop = stop
report-tour-col-dates = dates
report-tour-col-exhibitors = exhibitors
report-tour-col-status = status
report-tour-col-objective = objective
report-tour-status-optimal = optimal
report-tour-status-feasible = feasible
report-tour-status-infeasible = infeasible
report-tour-status-unknown = unknown
report-tour-status-not-planned = not planned
report-tour-footer = Made by Caravane from the tour file; every stop was planned and checked.
report-tour-cannot-be-made = error: the comparison page cannot be made: { $error }
report-attribute-grid = Balance: { $attribute } — number placed (target in brackets)
