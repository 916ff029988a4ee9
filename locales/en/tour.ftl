# Caravane — tours: validation, who exhibits, planning, comparison (en).

## The rules of a tour file

tour-id-file-name = the id "{ $id }" names the folder or file of its plans, and cannot
tour-id-file-name-action = use letters, digits and dashes, without { $characters }
tour-session-not-held = session "{ $session }" cannot be held at { $venue }: { $why }
tour-session-not-held-action = hold it at another stop, or give the venue a room and slots that fit it
tour-road-loop = the road leads from "{ $town }" to itself
tour-road-loop-action = remove it, or name the other town
tour-no-home = exhibitor "{ $exhibitor }" has no home town; a tour needs it for distances
tour-no-home-action = give the id of the nearest town of "towns" as "home"
tour-no-itinerary = the tour has no itinerary
tour-no-itinerary-action = list at least one itinerary with its stops
tour-itinerary-empty = itinerary "{ $itinerary }" has no stop
tour-itinerary-empty-action = list its stops, or remove the itinerary
tour-participant-twice = exhibitor "{ $exhibitor }" is listed twice
tour-participant-twice-action = list each exhibitor once
tour-road-km = a road of { $km } km
tour-road-km-action = give the road's length in km, more than 0 and at most { $max }
tour-radius = a travel radius of { $km } km
tour-radius-action = give a radius of 0 km or more
tour-no-places = a stop with 0 places
tour-no-places-action = offer at least one place, or leave "places" out to use every stand
tour-weight = a weight of { $weight }, out of the range 0 to { $max }
tour-weight-action = { $range } (here: to leave a criterion out of the ranking)
tour-stop-dates = the stop ends ({ $to }) before it starts ({ $from })
tour-stop-overlap = the stop starts on { $from }, before { $before } ends ({ $end })
tour-stop-overlap-action = list the stops in date order; the market is in one town at a time
tour-venue-no-stand = venue "{ $venue }" has no stand
tour-venue-no-stand-action = draw its stands
tour-needs-at-venue = exhibitor "{ $exhibitor }" needs { $needs } but no stand of { $venue } offers all of it
tour-needs-at-venue-action = tag a stand of the venue with everything this exhibitor needs, or take it off this stop's list
tour-needs = exhibitor "{ $exhibitor }" needs { $needs } but no stand of { $which ->
    [any] any venue
   *[admitting] the venues it may go to
} ({ $venues }) offers all of it
tour-no-road = no road leads from { $home } to { $towns }
tour-no-road-action = add the missing roads to "roads"

## Who exhibits at a stop: why an applicant has no place

tour-away-needs = no stand of { $venue } offers { $needs }
tour-away-taken = the stands of { $venue } that offer { $needs } are all needed by exhibitors ranked before it
tour-away-quota = the quota of { $quota } { $quota ->
    [one] place
   *[other] places
} for { $province } is filled
tour-away-share = the { $places } places are shared by province; { $share ->
    [0] { $province } got none
   *[other] { $province }'s { $share } went to exhibitors with fewer places so far or living nearer
}
tour-session-no-room = the venue has no room
tour-session-seats = no room seats its { $facilitators } { $facilitators ->
    [one] facilitator
   *[other] facilitators
} and an exhibitor
tour-session-needs = no room offers { $needs }
tour-session-length = it lasts { $length } { $length ->
    [one] slot
   *[other] slots
} and a day there has { $slots }

## Planning the stops

tour-plan-failed = the plan could not be made: { $error }
tour-stop-invalid = the stop is not valid: { $problems }
tour-stop-invalid-problem = { $cause } ({ $path })
tour-summary = { $town } ({ $count } { $count ->
    [one] exhibitor
   *[other] exhibitors
}): { $status }
tour-summary-objective = { $town } ({ $count } { $count ->
    [one] exhibitor
   *[other] exhibitors
}): { $status }, objective { $objective }
tour-summary-failed = { $town }: { $error }
tour-status-optimal = optimal
tour-status-feasible = feasible
tour-status-infeasible = infeasible
tour-status-unknown = unknown
tour-status-not-planned = not planned
tour-reordered = { $name } reordered ({ $km } km)

## Comparing itineraries

tour-leg = { $route } ({ $km } km)
tour-leg-no-road = { $from } → { $to }: no road
tour-table-title = { $tour }: { $count } { $count ->
    [one] itinerary
   *[other] itineraries
} compared
tour-col-rank = rank
tour-col-itinerary = itinerary
tour-col-score = score
tour-col-tour-km = tour km
tour-col-exhibitor-km = exhib.-km
tour-col-attending = attend
tour-col-away = away
tour-col-representation = repr.%
tour-col-layout = layout
tour-col-prime = prime
tour-col-gini = gini
tour-col-missed = missed
tour-table-result = { $status }, objective { $objective }
tour-table-stop = { $dates }  { $exhibitors } exhibitors, { $away } turned away, repr. gap { $gap } %, { $result }
tour-table-score = score: each criterion scaled 0 (best) to 1 (worst) over these itineraries, weighted, summed; lower is better; prime: the fewest and most stops on a prime stand per exhibitor
