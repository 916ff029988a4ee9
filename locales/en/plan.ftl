# Caravane — plan (en).

## The floor plan (SVG).

plan-subtitle = { $place }, { $dates } — { $exhibitors ->
    [one] { $exhibitors } exhibitor
   *[other] { $exhibitors } exhibitors
} on { $stands ->
    [one] { $stands } stand
   *[other] { $stands } stands
}
plan-stand-occupied = { $stand } — { $name } ({ $province }, { $family }){ $prime ->
    [yes] , prime stand
   *[no] {""}
}
plan-stand-empty = { $stand } — empty{ $prime ->
    [yes] , prime stand
   *[no] {""}
}
plan-legend-provinces = Provinces
plan-legend-symbols = Symbols
plan-legend-prime = black star and gold border: prime stand
plan-legend-front = dark edge: the front, where visitors pass
plan-legend-zone = dashed outline: a zone
plan-legend-empty = grey: empty stand
plan-legend-clash = red line: clashing neighbours (below)
plan-legend-families = Product families
plan-legend-clashes = Clashes ({ $count })
plan-legend-no-clash = none: no neighbours that should not be
plan-legend-clash-line = { $number }. { $why } (cost{"\u00A0"}{ $cost })
plan-legend-more = … (see the report)
plan-legend-entrance = green bar and arrow: the entrance
plan-legend-street = grey band: a street
plan-scale-metres = { $metres }{"\u00A0"}m
plan-scale-ratio = Scale { $ratio } on an A3 sheet
plan-north = N
plan-north-title = North: the top of the plan

## The programme of the sessions and each exhibitor's agenda (caravane timetable, export, report).

plan-agenda-unknown-session = the solution holds an unknown session "{ $id }"
plan-agenda-unknown-room = the solution uses an unknown room "{ $id }"
plan-agenda-unknown-slot = the solution uses an unknown slot "{ $id }"
plan-agenda-nothing = No session is planned in this solution.
plan-agenda-registered = { $registered } registered
plan-agenda-registered-led = { $registered } registered; led by { $facilitators }
plan-agenda-heading = Agendas:
plan-agenda-exhibitor = { $name } ({ $id }){ $alone ->
    [yes] , keeps the stand alone
   *[no] {""}
}
plan-agenda-held = { $day } { $hours }  { $title } — { $room }
plan-agenda-at-once = (at the same time as another of its sessions)
plan-agenda-unscheduled = { $title } — not scheduled
plan-agenda-entry = { $day } { $hours }: { $title } ({ $room })

## What a stop holds (caravane info).

plan-info-title = { $name } — { $town }, { $venue }, { $dates }
plan-info-sample = [sample data]
plan-info-counts = { $exhibitors ->
    [one] { $exhibitors } exhibitor
   *[other] { $exhibitors } exhibitors
} on { $stands ->
    [one] { $stands } stand
   *[other] { $stands } stands
} ({ $spare } spare)
plan-info-by-province = Exhibitors by province:
plan-info-by-category = Exhibitors by category:
plan-info-by-family = Exhibitors by product family:
plan-info-by-zone = Stands by zone:
plan-info-by-tag = Stands by tag:
plan-info-needs = Needs against supply (exhibitors needing / stands offering):
plan-info-short = SHORT
plan-info-adjacency = Neighbour pairs:
plan-info-programme = Programme and constraints:
plan-info-no-zone = (no zone)
plan-info-agricultural = agricultural
plan-info-artisanal = artisanal
plan-info-services = services
plan-info-side = side by side
plan-info-facing = facing
plan-info-back = back to back
plan-info-pins = pins
plan-info-forbidden = forbidden pairs
plan-info-rooms = rooms
plan-info-slots = slots
plan-info-sessions = sessions

## The common features of stands (their `tags`).

plan-tag-prime = prime
plan-tag-corner = corner
plan-tag-electricity = electricity
plan-tag-water = water
plan-tag-covered = covered
plan-tag-double = double

# The hours of a session held in two parts with a break between them.
plan-hours-and = { $first } and { $then }

# Where a stop is held: the square or hall, then the town.
plan-place = { $venue }, { $town }
plan-legend-attribute = Balance: { $attribute } (target)
plan-legend-attribute-cell = { $value } { $count } ({ $target })
plan-legend-attribute-row = { $group }: { $cells }
