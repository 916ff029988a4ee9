# Caravane — sheets (en).

## Reading the exhibitor spreadsheet

sheets-at = line { $line }, column "{ $column }"
sheets-line = line { $line }
sheets-field-name = the exhibitor's name
sheets-field-province = the exhibitor's province
sheets-field-family = the exhibitor's family
sheets-unclosed-quote = a quote (") opens this cell and is never closed: the rest of the file would be read as this one cell
sheets-unclosed-quote-action = close the quote at the end of the cell, or remove it (a quote inside a quoted cell is written twice: "")
sheets-header-unreadable = the header line cannot be read: { $why }
sheets-header-unreadable-action = save the sheet as CSV (separator ; or ,) with the column names on the first line
sheets-missing-column = no column gives { $field }; the columns are: { $columns }
sheets-missing-column-action = add a column named one of: { $names }
sheets-row-unreadable = the row cannot be read: { $why }
sheets-row-unreadable-action = check the quotes of this row
sheets-no-name = the exhibitor has no name
sheets-no-name-action = write its name
sheets-bad-yes-no = "{ $value }" is neither yes nor no
sheets-bad-yes-no-action = write oui or non
sheets-bad-staff = "{ $value }" is not a number of people
sheets-bad-staff-action = write how many people keep the stand: 1, 2…
sheets-duplicate-id = the id "{ $id }" is used on an earlier line
sheets-duplicate-id-action = give each exhibitor its own id

## A name no list knows

sheets-unknown = { $kind ->
    [province] unknown province "{ $value }"
    [family] unknown family "{ $value }"
    [session] unknown session "{ $value }"
    [form] unknown form "{ $value }"
    [need] need "{ $value }" that no stand offers
   *[equipment] equipment "{ $value }" that no room has
}
sheets-did-you-mean = { $cause }: did you mean { $item }? { $more }
sheets-then = { $cause }. { $more }
sheets-possible = Possible values: { $items }
sheets-none = { $cause }: { $kind ->
    [province] the venue file has no provinces
    [family] the venue file has no families
    [session] the programme has no sessions
    [need] no stand of the venue has any equipment
   *[other] the list is empty
}.
sheets-item = "{ $id }" ({ $name })
sheets-item-id = "{ $id }"
sheets-in-all = … ({ $count } in all)
sheets-write-closest = write "{ $name }" if that is meant, or one of the possible values
sheets-write-one = { $kind ->
    [province] write the name or the id of one of the provinces of the venue file
    [family] write the name or the id of one of the families of the venue file
    [session] write the title or the id of one of the sessions of the programme
    [form] write coopérative, association or entreprise sociale
    [need] write one of the stands' equipment, or add it to the stands that offer it
   *[equipment] write one of the rooms' equipment, or add it to the room that has it
}

## The stop's title, town, place and dates (options of caravane import)

sheets-bad-date = "{ $value }" is not a date (YYYY-MM-DD) that exists
sheets-bad-date-action = write the date so: 2025-11-07
sheets-dates-reversed = the stop would open on { $from }, after it closes on { $to }
sheets-dates-reversed-action = give --from the first day and --to the last

## The sessions sheet, the rooms and the slots

sheets-field-title = the session's title
sheets-field-room-name = the room's name
sheets-field-room-seats = the room's seats
sheets-no-title = the session has no title
sheets-no-title-action = write its title
sheets-bad-count = { $field ->
    [length] "{ $value }" is not a number of slots
   *[seats] "{ $value }" is not a number of seats
}
sheets-bad-count-action = { $field ->
    [length] write how many slots in a row it lasts: 1, 2…
   *[seats] write a number of seats: 20, 40…
}
sheets-duplicate-session = the id "{ $id }" is already that of a session on an earlier line
sheets-duplicate-session-action = give each session its own id, or its own title
sheets-duplicate-room = the room "{ $id }" is already on an earlier line
sheets-duplicate-room-action = give each room its own name
sheets-bad-room = "{ $value }" does not give a room
sheets-bad-room-action = write the name, a colon, the number of seats, and if need be a colon and the equipment: "Tente des rencontres:40:sono"
sheets-bad-slot = "{ $value }" is not a slot
sheets-bad-slot-action = write the start and the end, then if need be the footfall (quiet, normal, busy): 10:00-11:30 quiet, 15:00-16:30
sheets-slots-overlap = the slots "{ $value }" overlap
sheets-slots-overlap-action = give each slot a start after the end of the one before
sheets-bad-busy-day = "{ $value }" is neither a day of the week nor a date (YYYY-MM-DD)
sheets-bad-busy-day-action = write days such as saturday, sunday, or dates such as 2025-11-08
sheets-extra-columns = note: columns kept as they are for the export: { $columns }
sheets-programme-read = programme: { $sessions ->
    [one] { $sessions } session
   *[other] { $sessions } sessions
}, { $rooms ->
    [one] { $rooms } room
   *[other] { $rooms } rooms
}, { $slots ->
    [one] { $slots } slot
   *[other] { $slots } slots
}

## The help of caravane import's options

sheets-arg-sessions-sheet = The sessions sheet saved as CSV (titre, thème, durée, places, besoins, animation)
sheets-arg-room = A room: "name:seats[:equipment]", e.g. "Tente des rencontres:40:sono" (repeat it)
sheets-arg-rooms = The rooms sheet saved as CSV (nom, places, équipements)
sheets-arg-slot-times = The slots of every day of the stop: "10:00-11:30 calme, 15:00-16:30, 17:30-19:00 affluence"
sheets-arg-busy-days = Days on which a slot of normal footfall is busy: "samedi,dimanche" or dates
sheets-arg-title = The stop's title
sheets-arg-town = The host town
sheets-arg-place = The square or hall
sheets-arg-from = The first day, YYYY-MM-DD
sheets-arg-to = The last day, YYYY-MM-DD

# Registrations in the sheet while the stop has no programme at all.
sheets-no-programme = { $rows ->
    [one] one row registers for sessions
   *[other] { $rows } rows register for sessions (the first: line { $first })
} but the programme has no session
sheets-no-programme-action = give the programme with --sessions-sheet SESSIONS.csv (and --rooms, --slot-times), or empty this column
