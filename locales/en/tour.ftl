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

## The towns' coordinates

tour-coordinate-range = a { $field } of { $value }°, outside −{ $limit }° to { $limit }°
tour-coordinate-range-action = write the { $field } in decimal degrees, from −{ $limit } to { $limit } ({ $field ->
    [latitude] positive north of the equator; Taroudant is at 30.47
   *[other] negative west of Greenwich; Taroudant is at −8.88
})
tour-coordinate-half = town "{ $town }" has no { $field } but has { $field ->
    [latitude] a longitude
   *[other] a latitude
}
tour-coordinate-half-action = give both latitude and longitude, or neither (the map shows only the towns that have both)

## A tour from spreadsheets (caravane import-tour)

tour-sheet-at = line { $line }, column "{ $column }"
tour-sheet-line = line { $line }
tour-sheet-header-unreadable = the line of titles cannot be read: { $why }
tour-sheet-header-unreadable-action = save the sheet as CSV (separator ; or ,) with the column names on the first line
tour-sheet-row-unreadable = the line cannot be read: { $why }
tour-sheet-row-unreadable-action = check the quotes of this line
tour-sheet-missing-column = the sheet has no column "{ $column }"; its columns are: { $columns }
tour-sheet-missing-column-action = add the column "{ $column }" (or one of these names: { $names })
tour-sheet-write-closest = write "{ $name }" if that is what is meant, or one of the known names or ids
tour-sheet-write-known = write one of the known names or ids
tour-sheet-no-venue-file = no venue is given
tour-sheet-no-venue-file-action = give the venue of every stop town: --venue TOWN=VENUE.json
tour-sheet-venue-town-action = before the "=", write the id or name of a town of { $towns }
tour-sheet-no-name = the town has no name
tour-sheet-no-name-action = write its name
tour-sheet-town-twice = the id "{ $id }" is already that of the town on line { $first }
tour-sheet-town-twice-action = give every town an id of its own, or remove the duplicate line
tour-sheet-not-degrees = "{ $value }" is not a number of degrees
tour-sheet-not-degrees-action = write the { $field } in decimal degrees, for example 30.47 (or leave the cell empty)
tour-sheet-not-km = "{ $value }" is not a number of kilometres
tour-sheet-not-km-action = write a number of km, for example 85 or 12.5
tour-sheet-no-home = exhibitor "{ $exhibitor }" has no home town; a tour needs it for the distances
tour-sheet-no-home-action = write the town of the towns sheet nearest to its home
tour-sheet-home-unknown-action = add this town to the towns sheet (with its roads), or write the nearest known town
tour-sheet-no-itinerary = the line does not say which itinerary it is a stop of
tour-sheet-no-itinerary-action = write the itinerary's name; the lines of one itinerary carry the same name
tour-sheet-not-order = "{ $value }" is not a stop number
tour-sheet-not-order-action = write 1 for the first stop, 2 for the next…
tour-sheet-no-venue = no venue is given for { $town }
tour-sheet-no-venue-action = give one: --venue { $town }=VENUE.json
tour-sheet-which-venue = { $town } has several venues: { $venues }
tour-sheet-which-venue-action = write this stop's venue in the column "lieu"
tour-sheet-venue-elsewhere = venue "{ $venue }" is not in { $town }
tour-sheet-venue-elsewhere-action = write a venue of this town, or correct the town
tour-sheet-not-date = "{ $value }" is not a date
tour-sheet-not-date-action = write the date as 07/11/2025 (day first) or 2025-11-07
tour-sheet-not-places = "{ $value }" is not a number of places
tour-sheet-not-places-action = write a whole number of places, or leave the cell empty to offer every stand
tour-sheet-radius-and-list = the stop gives both a radius and a list of exhibitors
tour-sheet-radius-and-list-action = keep one of them: the radius admits who lives near enough, the list admits those it names
tour-sheet-not-quota = "{ $value }" is not a quota
tour-sheet-not-quota-action = write each quota as "Tiznit: 12", separated by commas
tour-sheet-order-twice = stop { $order } of this itinerary is already on line { $first }
tour-sheet-order-twice-action = give every stop of the itinerary a number of its own

## The import-tour command

tour-cli-about-import-tour = Make a tour file from spreadsheets (CSV) of the towns, roads, itineraries and exhibitors, and the stop file of each town's venue
tour-cli-arg-towns = The towns sheet: nom, and optionally identifiant, province, latitude, longitude
tour-cli-arg-roads = The roads sheet: de, à, km
tour-cli-arg-itineraries = The itineraries sheet: itinéraire, ordre, ville, du, au, and optionally lieu, places, rayon, exposants, quotas, rencontres
tour-cli-arg-exhibitors = The exhibitor sheet of the whole pool; each one's commune is its home town
tour-cli-arg-venue = TOWN=STOP.json: the stop file whose stands, zones, landmarks, rooms and slots are that town's venue; repeat for every stop town
tour-cli-arg-like = A stop file giving the provinces, families, rules and sessions (default: the first venue)
tour-cli-arg-name = The tour's name (default: that of the stop given by --like or of the first venue)
tour-cli-arg-output = The tour file to write
tour-cli-venue-arg = "{ $value }" does not say which town has this venue
tour-cli-venue-arg-action = write --venue TOWN=VENUE.json, for example --venue taroudant=instances/taroudant-2025.problem.json
tour-cli-read = read: { $towns ->
    [one] { $towns } town
   *[other] { $towns } towns
}, { $roads ->
    [one] { $roads } road
   *[other] { $roads } roads
}, { $exhibitors ->
    [one] { $exhibitors } exhibitor
   *[other] { $exhibitors } exhibitors
}, { $venues ->
    [one] { $venues } venue
   *[other] { $venues } venues
}, { $itineraries ->
    [one] { $itineraries } itinerary
   *[other] { $itineraries } itineraries
} ({ $stops ->
    [one] { $stops } stop
   *[other] { $stops } stops
})

## The comparison page: the map, what the criteria mean, who was turned away

report-tour-page-map = Map of the itineraries
report-tour-page-map-what = The towns of the tour where they lie, north up. Each itinerary is drawn in its colour along the shortest roads from one stop to the next; its discs number its stops in order. Towns in grey are home towns of exhibitors.
report-tour-page-map-none = No map: { $towns } { $count ->
    [one] has
   *[other] have
} no coordinates. Give every town its latitude and longitude in the tour file (or in the towns sheet).
report-tour-page-map-left-off = Without coordinates, left off the map: { $towns }.
report-tour-page-north = N
report-tour-page-meaning = What each column measures
report-tour-page-means-score = Each criterion is scaled from 0 (the best of the itineraries compared) to 1 (the worst), weighted and summed: the lowest score is the best.
report-tour-page-means-tour-km = The kilometres the market drives from each stop to the next, by the shortest roads.
report-tour-page-means-exhibitor-km = For every place at every stop, the kilometres from the exhibitor's home town to the stop (one way), summed: the fewer, the less the cooperatives travel.
report-tour-page-means-attending = The exhibitors with a place at one stop at least: the more, the better.
report-tour-page-means-turned-away = The applications without a place, summed over the stops; who and why are given below, stop by stop.
report-tour-page-means-representation-gap = At each stop, the provinces' shares of the exhibitors against their shares of the whole region: 0 % is exactly the regional mix, the higher, the more a few provinces dominate; the itinerary gives the mean.
report-tour-page-means-layout = The sum of the stops' layout costs (clashing neighbours, zone balance, sessions…), as each solve found it: lower is better.
report-tour-page-means-prime = The fewest and the most stops one exhibitor spent on a prime stand.
report-tour-page-means-gini = The Gini index of those stops on a prime stand: 0 when everyone had as many, nearer 1 when a few had them all.
report-tour-page-means-sessions-missed = The sessions registrants could not attend, over all stops.
report-tour-page-means-status = Optimal: no better layout exists, and that is proved; feasible: a valid layout, not proved the best.
report-tour-page-means-objective = The cost of the stop's layout; the itinerary's layout cost is their sum.
report-tour-page-away = Who had no place, and why
report-tour-page-away-count = { $count ->
    [one] { $count } application without a place
   *[other] { $count } applications without a place
}
report-tour-page-away-none = Every application had a place, at every stop.
report-tour-page-colon = {": "}
