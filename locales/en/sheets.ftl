# Caravane — sheets (en).

## Reading the exhibitor spreadsheet

sheets-at = line { $line }, column "{ $column }"
sheets-line = line { $line }
sheets-field-name = name
sheets-field-province = province
sheets-field-family = family
sheets-unclosed-quote = a quote (") opens this cell and is never closed: the rest of the file would be read as this one cell
sheets-unclosed-quote-action = close the quote at the end of the cell, or remove it (a quote inside a quoted cell is written twice: "")
sheets-header-unreadable = the header line cannot be read: { $why }
sheets-header-unreadable-action = save the sheet as CSV (separator ; or ,) with the column names on the first line
sheets-missing-column = no column gives the exhibitor's { $field }; the columns are: { $columns }
sheets-missing-column-action = add a column named one of: { $names }
sheets-row-unreadable = the row cannot be read: { $why }
sheets-row-unreadable-action = check the quotes of this row
sheets-no-name = the exhibitor has no name
sheets-no-name-action = write its name
sheets-bad-form = "{ $value }" is not a form Caravane knows
sheets-bad-form-action = write coopérative, association or entreprise sociale
sheets-bad-yes-no = "{ $value }" is neither yes nor no
sheets-bad-yes-no-action = write oui or non
sheets-bad-staff = "{ $value }" is not a number of people
sheets-bad-staff-action = write how many people keep the stand: 1, 2…
sheets-duplicate-id = the id "{ $id }" is used on an earlier line
sheets-duplicate-id-action = give each exhibitor its own id

## A name the venue file does not know

sheets-unknown-province = unknown province "{ $value }" in the venue file
sheets-unknown-family = unknown family "{ $value }" in the venue file
sheets-unknown-session = unknown session "{ $value }" in the venue file
sheets-did-you-mean = { $cause }: did you mean { $item }?
sheets-then = { $cause }. { $more }
sheets-after-question = { $cause } { $more }
sheets-known-provinces = Known provinces: { $items }
sheets-known-families = Known families: { $items }
sheets-known-sessions = Known sessions: { $items }
sheets-no-provinces = The venue file has no provinces.
sheets-no-families = The venue file has no families.
sheets-no-sessions = The venue file has no sessions.
sheets-item = "{ $id }" ({ $name })
sheets-item-id = "{ $id }"
sheets-in-all = … ({ $count } in all)
sheets-write-closest-province = write "{ $name }" if that is meant, or the name or id of another of the provinces of the venue file
sheets-write-closest-family = write "{ $name }" if that is meant, or the name or id of another of the families of the venue file
sheets-write-closest-session = write "{ $name }" if that is meant, or the title or id of another of the sessions of the venue file
sheets-write-province = write the name or the id of one of the provinces of the venue file
sheets-write-family = write the name or the id of one of the families of the venue file
sheets-write-session = write the title or the id of one of the sessions of the venue file
