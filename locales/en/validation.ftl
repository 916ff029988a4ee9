# Caravane — validation of stop, tour and solution files (en).
#
# Codes ([unknown-field]…), JSON paths ($.exhibitors[3].province), ids and field names stay as
# they are. $what names a kind of item (province, family, stand, exhibitor, room, slot, session,
# town, venue, itinerary) and $list a list of the file (provinces, families…).

## A problem as people read it

val-diagnostic-head = error[{ $code }] at { $path }
val-diagnostic-head-at = error[{ $code }] at { $path } (line { $line }, column { $column })
val-diagnostic-cause = cause:
val-diagnostic-action = action:
val-report-count = { $count ->
    [0] no problem
    [one] { $count } problem
   *[other] { $count } problems
}

## Quoting and listing

val-quote = "{ $text }"
val-item-named = "{ $id }" ({ $name })
val-comma = {", "}
val-and = { $first } and { $last }
val-or = { $first } or { $last }

## A file of another kind

val-kind-stop = a stop file
val-kind-tour = a tour file
val-kind-solution = a solution file
val-use-stop = validate it with `{ $validate }` or solve it with `{ $solve }`
val-use-tour = validate it with `{ $validate }` or plan it with `{ $tour }`
val-use-solution = check it with `{ $check }`
val-another-kind = this is { $kind } ("format": "{ $format }"), not { $wanted }
val-another-kind-action = { $use_it }; here, give { $wanted } ({ $named })
val-format = the format is { $format }, not { $expected }
val-format-action = write "format": "{ $expected }"
val-format-solution-action = write "format": "{ $expected }" or use a Caravane solution file

## A file that cannot be read

val-io-not-found = the file does not exist
val-io-not-found-action = check the file's name and the folder it is in
val-io-denied = the file cannot be read: access is denied
val-io-denied-action = check the file's read permissions, or copy it to a folder of yours
val-io-not-utf8 = the file is not UTF-8 text (it may have been saved as Windows-1252 or UTF-16)
val-io-not-utf8-action = save it as UTF-8 (in the text editor: "Save as", encoding UTF-8)
val-io-folder = this is a folder, not a file
val-io-folder-action = give the path of a file in that folder
val-io-other = the file cannot be read ("{ $detail }")
val-io-other-action = check the file name and that it is a UTF-8 text file

## JSON badly written (the line and column come with the problem)

val-json-eof = the file ends too early (is it cut short?): a value is missing at the end
val-json-eof-list = the file ends too early (is it cut short?): a list [ … ] is not closed
val-json-eof-object = the file ends too early (is it cut short?): an object {"{"} … {"}"} is not closed
val-json-eof-string = the file ends too early (is it cut short?): a quoted text is not closed
val-json-eof-action = take the whole file again, or close what was left open (quote ", bracket ] or brace {"}"})
val-json-object-comma = a comma is missing between two fields of an object, or the object is not closed right (a brace {"}"} is expected)
val-json-list-comma = a comma is missing between two items of a list, or the list is not closed right (a bracket ] is expected)
val-json-comma-action = add the missing comma just before this place, or correct the closing brace or bracket
val-json-colon = a colon is missing: a field's name is followed by ":" and its value
val-json-colon-action = write "name": value here
val-json-value = a value is expected here (a quoted text, a number, true, false, null, a list or an object)
val-json-value-action = look for a comma too many just before, or a text written without quotes
val-json-ident = unknown word: in JSON only true, false and null are written without quotes
val-json-ident-action = put this text in double quotes ("like this")
val-json-key = a field's name is written in double quotes
val-json-key-action = write "name": value (no single quotes, no comma too many before the closing brace)
val-json-trailing-comma = a comma too many before the end of a list or an object
val-json-trailing-comma-action = remove this comma
val-json-trailing = text follows the end of the JSON (a closing brace or bracket too many?)
val-json-trailing-action = remove what follows the last closing brace: a file holds one object only
val-json-escape = a backslash \ misused in a quoted text
val-json-escape-action = double the backslash (\\) or remove it; a Windows path is written C:\\folder
val-json-unicode-escape = a malformed \u sequence in a quoted text
val-json-unicode-escape-action = write \u followed by four hexadecimal digits (\u00e9 for é), or type the character itself
val-json-number = a number badly written (in JSON the decimal separator is a point: 2.5)
val-json-number-action = write the number with a decimal point, without spaces or symbols
val-json-number-range = a number too large to be read
val-json-number-range-action = write a smaller number
val-json-control = a control character (tab, line break…) in a quoted text: is a closing quote missing?
val-json-control-action = close the quote, or replace the tab or line break by \t or \n
val-json-deep = nesting too deep (more than 128 levels of lists and objects)
val-json-deep-action = check that this is a Caravane file
val-json-other = the text is not valid JSON ("{ $detail }")
val-json-other-action = fix the JSON at that line and column
val-duplicate-key = this key is written twice in the same object, and only one of the two could be read
val-duplicate-key-action = keep one of the two (each key appears once in a JSON object)

## Sections, fields and types

val-not-object = the file is not a JSON object {"{"} … {"}"}
val-not-object-action = a { $kind ->
    [tour] tour
    [solution] solution
   *[stop] stop
} file is one object {"{"} "format": "{ $format }", … {"}"}: check that this is the right file
val-unknown-section = "{ $section }" is not a section of a { $kind ->
    [tour] tour
    [solution] solution
   *[stop] stop
} file
val-unknown-section-meant = "{ $section }" is not a section of a { $kind ->
    [tour] tour
    [solution] solution
   *[stop] stop
} file: did you mean "{ $meant }"?
val-unknown-section-action = remove it or correct its spelling; the sections are: { $sections }
val-missing-section = the { $kind ->
    [tour] tour
    [solution] solution
   *[stop] stop
} file has no "{ $section }"
val-missing-section-action = add the "{ $section }" section (see the format description)
val-not-list = "{ $section }" is not a list
val-not-list-action = write "{ $section }" as a JSON list [ … ]
val-unknown-field = "{ $field }" is not a field known here
val-unknown-field-meant = "{ $field }" is not a field known here: did you mean "{ $meant }"?
val-unknown-field-action = remove the field or correct its spelling; the fields allowed here: { $fields }
val-unknown-field-none-action = remove the field: this object takes none
val-missing-field = the required field "{ $field }" is missing
val-missing-field-action = add the field "{ $field }"; it is required here
val-unknown-word = "{ $word }" is not a value allowed here
val-unknown-word-meant = "{ $word }" is not a value allowed here: did you mean "{ $meant }"?
val-unknown-word-action = write { $words }
val-wrong-type = { $expected } is needed here, not { $found }
val-wrong-type-action = write { $expected } (see the format description)
val-found-text = text ("{ $value }")
val-found-number = the number { $value }
val-found-bool = { $value }
val-found-null = null
val-found-list = a list
val-found-object = an object
val-expected-number = a number
val-expected-whole = a whole number, 0 or more
val-expected-integer = a whole number
val-expected-text = a quoted text
val-expected-bool = true or false
val-expected-list = a list [ … ]
val-expected-object = an object {"{"} … {"}"}
val-invalid = invalid value ("{ $detail }")
val-invalid-action = give a value of the kind the format expects here (see the schema)

## Ids and references

val-empty-id = this { $what } has an empty id
val-empty-id-action = give the { $what } a short, unique id
val-duplicate-id = the { $what } id "{ $id }" is already used by { $first }
val-duplicate-id-action = give each { $what } its own id (or remove the repeated entry)
val-confusable-id = the { $what } id "{ $id }" holds { $count ->
    [one] an invisible character ({ $hidden }: a control, zero-width or direction character)
   *[other] invisible characters ({ $hidden }: control, zero-width or direction characters)
}, so it would look like another id and differ from it
val-confusable-id-action = retype the id with visible characters only (letters, digits, dashes); such characters come with text copied from a web page or a word processor. Names may hold any text
val-unknown = unknown { $what } "{ $value }"
val-unknown-in = { $cause } in { $place }
val-unknown-meant = { $cause }: did you mean { $item }?
val-unknown-none = { $cause }; there are no { $list }
val-unknown-known = Known { $list }: { $items }
val-unknown-then = { $cause } { $known }
val-unknown-and = { $cause }. { $known }
val-unknown-more = … ({ $count } in all)
val-unknown-action-meant = write "{ $meant }" if that is meant, or correct the id, or add the { $what } to "{ $list }"
val-unknown-action = correct the id, or add the { $what } to "{ $list }"
val-session-registered-twice = exhibitor "{ $exhibitor }" is registered for "{ $session }" twice
val-session-registered-twice-action = list each session once
val-facilitator-twice = "{ $facilitator }" is listed twice as a facilitator of session "{ $session }"
val-facilitator-twice-action = list each facilitator once (each takes one seat)

## Numbers

val-stand-number = stand "{ $stand }" has { $field } { $value }
val-stand-position-action = give the position in metres from a corner of the square, between { $min } and { $max }
val-stand-size-action = give the stand's { $field ->
    [width] east–west
   *[depth] north–south
} size in metres, more than 0 and at most { $max }
val-aisle = the widest aisle is { $value } m
val-aisle-action = give a width in metres, from 0 to { $max } ({ $usual } m is usual)
val-weight = the weight is { $value }
val-weight-range = weights are from 0 to { $max } (1e6); use 0 to switch a term off
val-staff = exhibitor "{ $exhibitor }" has no one to keep the stand
val-staff-action = give the number of people keeping the stand, 1 or more
val-capacity = room "{ $room }" has no seats
val-capacity-action = give the number of seats, 1 or more, or remove the room
val-length = session "{ $session }" lasts no slot
val-length-action = give the number of consecutive slots, 1 or more

## Dates, times and slots

val-date = "{ $value }" is not a date of the form YYYY-MM-DD
val-date-action = write the date as year-month-day, e.g. 2025-11-07
val-stop-dates = the stop closes on { $to }, before it opens on { $from }
val-dates-action = swap the dates or correct one of them
val-time = "{ $value }" is not a time of the form HH:MM
val-time-action = write the local time on 24 hours, e.g. 09:30 or 17:00
val-slot-ends-early = slot "{ $slot }" ends at { $end }, not after it starts at { $start }
val-slot-ends-early-action = correct the start or end time
val-slot-outside = slot "{ $slot }" is on { $day }, outside the stop ({ $dates })
val-slot-outside-action = correct the day, or the stop's dates
val-slot-overlap = slot "{ $slot }" starts at { $start }, before { $before } of the same day ends at { $end }
val-slot-overlap-action = list the slots of each day in time order, without overlaps: a session of several slots runs in slots that follow each other in the list

## Stands, neighbours, needs

val-stand-at = { $width } × { $depth } m at x { $x }, y { $y }
val-overlap = stand "{ $stand }" ({ $at }) overlaps stand "{ $other }" ({ $other_path }, { $other_at })
val-overlap-action = correct the position or size of one of the two stands; stands may touch but not overlap
val-self-edge = stand "{ $stand }" is listed as its own neighbour
val-self-edge-action = remove the edge or correct one of its stands
val-edge-twice = the pair "{ $a }"–"{ $b }" is already listed at { $first }
val-edge-twice-action = list each neighbour pair once (edges have no direction)
val-too-many-exhibitors = { $exhibitors ->
    [one] { $exhibitors } exhibitor
   *[other] { $exhibitors } exhibitors
} but only { $stands ->
    [one] { $stands } stand
   *[other] { $stands } stands
}
val-too-many-exhibitors-action = add { $count ->
    [one] { $count } stand
   *[other] { $count } stands
} or leave { $count ->
    [one] { $count } exhibitor
   *[other] { $count } exhibitors
} for another stop
val-needs-supply = { $count } with { $tag }
val-needs = exhibitor "{ $exhibitor }" needs { $needs } but no stand offers all of it (stands: { $supply })
val-needs-action = tag a stand with everything this exhibitor needs, or drop a need

## Pins and forbidden stands

val-pin-stand-twice = stand "{ $stand }" is pinned to "{ $exhibitor }" and, at { $first }, to "{ $other }"
val-pin-stand-twice-action = a stand holds one exhibitor: keep one of the two pins
val-pin-exhibitor-twice = exhibitor "{ $exhibitor }" is pinned to "{ $stand }" and, at { $first }, to "{ $other }"
val-pin-exhibitor-twice-action = an exhibitor has one stand: keep one of the two pins
val-pin-lacks = exhibitor "{ $exhibitor }" is pinned to stand "{ $stand }", which lacks { $needs } that the exhibitor needs
val-pin-lacks-action = pin the exhibitor to a stand that offers its needs, or tag the stand
val-pin-forbidden = exhibitor "{ $exhibitor }" is pinned to stand "{ $stand }", which { $forbidden } forbids to it
val-pin-forbidden-action = remove the pin or the forbidden stand
val-forbidden-all = { $count ->
    [0] exhibitor "{ $exhibitor }" is forbidden every stand ({ $stands })
   *[other] exhibitor "{ $exhibitor }" is forbidden every stand that offers { $needs } ({ $stands })
}
val-forbidden-all-action = allow at least one of these stands, or drop a need

## Sessions

val-session-no-rooms = session "{ $session }" has no room: the stop lists none
val-session-room-needs = session "{ $session }" needs { $needs } but no room offers all of it
val-session-seats = session "{ $session }" needs { $seats } seats ({ $registered } registered { $registered ->
    [one] exhibitor
   *[other] exhibitors
} and { $facilitators } { $facilitators ->
    [one] facilitator
   *[other] facilitators
}) but the largest room that suits it has { $largest }
val-session-no-room-action = add or enlarge a room, or split the session in two
val-session-too-long = session "{ $session }" needs { $length } consecutive { $length ->
    [one] slot
   *[other] slots
} of one day, but no day has more than { $longest }
val-session-too-long-action = shorten the session or add slots to a day

## Files written

val-write-not-a-file = { $path } is { $kind ->
    [folder] a folder
    [device] a device
    [pipe] a named pipe
    [socket] a socket
   *[other] something other than a file
}, not a regular file; it is left as it is: give the path of a file to write
val-write-no-file-name = the output path names no file
val-write-links = { $path } is a chain of too many symbolic links

val-balance-attribute = the balance rule names the attribute "{ $attribute }", which no exhibitor has
val-balance-attribute-action = name one of the known attributes: { $known }; or add that column to the exhibitor sheet
val-balance-twice = the attribute "{ $attribute }" is balanced twice { $over ->
    [prime] on the prime stands
   *[other] over the zones
}
val-balance-twice-action = keep one rule per attribute and side ("both" counts for the zones and for the prime stands)
val-balance-province-weight = the weight of the provinces' balance { $over ->
    [prime] on the prime stands
   *[other] over the zones
} differs between weights.{ $key } and the balance list
val-balance-province-weight-action = give it in one place: remove weights.{ $key } or the "province" rule
