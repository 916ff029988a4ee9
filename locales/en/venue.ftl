# Caravane — venue (en).

## Reading the stands sheet

venue-at = line { $line }, column { $letter } "{ $column }"
venue-line = line { $line }
venue-header-unreadable = the line of column names cannot be read: { $why }
venue-header-unreadable-action = save the sheet as CSV (separator ; or ,) with the column names on the first line
venue-missing-column = no column gives { $field ->
    [id] the stand's id
    [x] the x position
    [y] the y position
    [width] the width
   *[depth] the depth
}; the columns are: { $columns }
venue-missing-column-action = add a column named in one of these ways: { $names }
venue-row-unreadable = the line cannot be read: { $why }
venue-row-unreadable-action = check the quotes of this line
venue-bad-kind = "{ $value }" is not a kind of line Caravane knows. Valid values: { $valid }
venue-bad-kind-meant = "{ $value }" is not a kind of line Caravane knows: did you mean "{ $meant }"? Valid values: { $valid }
venue-bad-kind-action = leave the cell empty for a stand, or write entrée (entrance), rue (street) or repère (landmark) for what surrounds the stands
venue-no-number = { $field ->
    [x] the x position
    [y] the y position
    [width] the width
   *[depth] the depth
} is missing
venue-no-number-action = write { $field ->
    [x] the x position (west edge)
    [y] the y position (north edge)
    [width] the width (east–west)
   *[depth] the depth (north–south)
} in metres
venue-bad-number = "{ $value }" is not a number of metres for { $field ->
    [x] the x position
    [y] the y position
    [width] the width
   *[depth] the depth
}
venue-bad-number-action = write a number of metres, with a comma or a point for decimals: 3 or 2.5
venue-landmark-no-name = this landmark has no name
venue-landmark-no-name-action = write the name the plan must show ("Main entrance", "Avenue Mohammed V"…)
venue-no-id = the stand has no id
venue-no-id-action = write the number painted on the ground (A01, B12…), or a type (entrée, rue, repère) if the line is not a stand
venue-duplicate-id = the id "{ $id }" is already that of the stand on line { $first }
venue-duplicate-id-action = give each stand its own id
venue-bad-front = "{ $value }" is not a front. Valid values: { $valid }
venue-bad-front-meant = "{ $value }" is not a front: did you mean "{ $meant }"? Valid values: { $valid }
venue-bad-front-action = write the side visitors walk past: nord, sud, est or ouest (north, south, east, west), or leave it empty
venue-zone-name-alone = the zone name "{ $name }" is given without a zone
venue-zone-name-alone-action = write the zone's id in the zone column, or empty the cell
venue-zone-named-twice = zone "{ $zone }" is named "{ $name }" here and "{ $other }" on line { $first }
venue-zone-named-twice-action = give each zone one name (writing it once is enough)
venue-tag-slip = unknown tag "{ $value }": did you mean "{ $meant }" ({ $id })? Common values: électricité, eau, couvert, angle, privilégié, double
venue-tag-slip-action = write "{ $meant }" if that is the one; another word is kept as it is when it looks like no common tag
venue-neighbour-unknown-action = write the id of a stand of the sheet
venue-neighbour-self = stand "{ $stand }" names itself as its neighbour
venue-neighbour-self-action = remove its own id from the neighbours column
venue-no-stands = the sheet has no stand
venue-no-stands-action = add one line per stand, with its id, x, y, width and depth

## Landmarks (checks of the stop file)

venue-landmark-number = landmark "{ $name }" has { $field } { $value }
venue-landmark-size-action = give the landmark's { $field ->
    [width] width (east–west)
   *[depth] depth (north–south)
} in metres: from 0 (a point or a line) to { $max }
venue-landmark-name-empty = the landmark has no name

## Rows of stands

venue-grid-no-stand = "{ $item }" names no stand of the grid (A01 to { $last })
venue-grid-no-stand-meant = "{ $item }" names no stand of the grid (A01 to { $last }): did you mean "{ $meant }"?
venue-grid-no-stand-action = write a stand (A01), stands of one row (A01-A05), rows (E-F) or columns (1-4), separated by commas
venue-grid-rows = { $value } rows: a grid has 1 to 26 (one letter each)
venue-grid-rows-action = give --rows a number from 1 to 26
venue-grid-per-row = { $value } stands per row: a grid has 1 to 99 (two digits each)
venue-grid-per-row-action = give --per-row a number from 1 to 99
venue-grid-size = { $option } is { $value } m
venue-grid-size-action = give a number of metres greater than 0 and at most { $max }
venue-grid-cross-aisle = no cross aisle can follow stand { $value }: a row has { $last } stands
venue-grid-cross-aisle-action = give a stand number from 1 to { $last }
venue-grid-too-large = the grid would span { $east } m from west to east and { $south } m from north to south
venue-grid-too-large-action = a square spans { $max } m at most: fewer rows, stands or aisles
venue-grid-prime-no-entrance = --prime entrance needs the side of the entrance
venue-grid-prime-no-entrance-action = add --entrance north, south, east or west
venue-grid-prime-word = "{ $value }" names neither stands nor a group of stands
venue-grid-prime-word-meant = "{ $value }" names neither stands nor a group of stands: did you mean "{ $meant }"?
venue-grid-prime-word-action = write stands (A01-A03, C05) or one of these words: { $words }
venue-grid-zone-shape = "{ $value }" does not give a zone and its stands
venue-grid-zone-shape-action = write ZONE=STANDS, for example entrance=E-F or centre=C01-D12
venue-grid-two-zones = stand { $stand } would be in zone "{ $zone }" and in zone "{ $other }"
venue-grid-two-zones-action = give each stand one zone
venue-grid-tag-shape = "{ $value }" does not give a tag and its stands
venue-grid-tag-shape-action = write TAG=STANDS, for example electricity=A01-A05,C03

## The command

venue-bad-date = "{ $value }" is not a date
venue-bad-date-action = write the date as YYYY-MM-DD, for example 2025-11-07
venue-bad-metres = "{ $value }" is not a number of metres for { $option }
venue-bad-metres-action = write a number of metres, with a comma or a point for decimals: 4 or 4.5
venue-bad-stand-size = "{ $value }" is not a stand size
venue-bad-stand-size-action = write WIDTHxDEPTH in metres, for example 3x3 or 2.5x3
venue-bad-facing = "{ $value }" is not a way rows face
venue-bad-facing-action = write one of: { $words }
venue-bad-side = "{ $value }" is not a side of the square
venue-bad-side-action = write north, south, east or west (or nord, sud, est, ouest)
venue-entrance-name = Entrance
venue-holds = { $stands ->
    [one] 1 stand
   *[other] { $stands } stands
}, { $prime ->
    [one] 1 prime stand
   *[other] { $prime } prime stands
}, { $zones ->
    [0] no zone
    [one] 1 zone
   *[other] { $zones } zones
}, { $landmarks ->
    [0] no landmark
    [one] 1 landmark
   *[other] { $landmarks } landmarks
}
venue-ignored-columns = columns left aside: { $columns }

## Help

venue-about = Make the venue file from the stands sheet or from a few numbers
venue-about-import = Make the venue file from the stands sheet (CSV, ; or ,, UTF-8 or Windows-1252)
venue-about-grid = Make the venue file as rows of stands
venue-examples-import =
    Example:
      The Taroudant stands sheet, with the region's provinces, families and rules:
        caravane venue import instances/taroudant-2025.stands.csv --town Taroudant \
          --place "Place du 20 Août" --from 2025-11-07 --to 2025-11-12 -o taroudant.venue.json
venue-examples-grid =
    Examples:
      Six rows of 12 stands of 3 × 3 m, facing each other two by two, cut by an aisle after stand 6;
      the entrance to the south, the stands along the aisle prime, three zones, electricity on two rows:
        caravane venue grid --rows 6 --per-row 12 --cross-aisle 6 --entrance south --prime cross-aisle \
          --zone back=A-B --zone centre=C-D --zone entrance=E-F --tag electricity=E-F \
          --town Tiznit --from 2025-11-21 --to 2025-11-24 -o tiznit.venue.json
      Two islands of 6 × 3 m stands back to back, the row ends prime, water on three stands:
        caravane venue grid --rows 4 --per-row 8 --stand 6x3 --facing back-to-back --prime ends \
          --tag water=B01-B03 --town Tata --from 2025-12-05 -o tata.venue.json
venue-arg-title = The stop's name (default: the town, or the name of the file written)
venue-arg-town = The host town
venue-arg-place = The square or hall
venue-arg-from = Opening day, YYYY-MM-DD (default: today)
venue-arg-to = Closing day, YYYY-MM-DD (default: the opening day)
venue-arg-like = A stop file whose provinces, families, rules, rooms, slots and sessions are taken (default: the Souss-Massa region's lists and rules, without sessions)
venue-arg-output = The venue file to write
venue-arg-stands = The stands sheet saved as CSV
venue-arg-import-aisle = Widest aisle, in metres, across which two stands face each other
venue-arg-grid-aisle = Width of the aisles, in metres
venue-arg-rows = Number of rows, lettered A, B… from the north
venue-arg-per-row = Stands in each row, numbered 01, 02… from the west
venue-arg-stand = Size of a stand, WIDTHxDEPTH in metres
venue-arg-facing = How the rows face: pairs (facing two by two), back-to-back (back to back two by two), all-south or all-north
venue-arg-cross-aisle = Cut every row with a cross aisle after these stand numbers (6 or 4,8)
venue-arg-prime = Prime stands: corners, ends (of the rows), cross-aisle (along the cross aisle), entrance (nearest the entrance), or stands (A01-A03,C05)
venue-arg-zone = A zone: ZONE=STANDS (entrance=E-F, centre=C-D); repeat for each zone
venue-arg-tag = A tag on stands: TAG=STANDS (electricity=A01-A05,C03); repeat as needed
venue-arg-entrance = The side visitors come in by: north, south, east or west
