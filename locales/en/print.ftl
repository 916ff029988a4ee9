# Caravane — print
# The print pack (caravane print): lists per zone, stand signs, programme, agendas and the
# summary of the result.

print-about = Write the print pack of a solution as one PDF: the plan on A3, each zone's list for the stewards, an A5 sign per stand, the programme of sessions, each exhibitor's agenda and the summary of the result
print-arg-output = The PDF file to write
print-cannot-be-made = error: the print pack cannot be made: { $error }
print-stop-line = { $name } — { $place } — { $dates }
print-page = page { $page } of { $pages }

print-list-title = { $zone }: list of stands
print-list-continued = { $zone }: list of stands (continued)
print-list-what = { $stands ->
    [one] { $stands } stand
   *[other] { $stands } stands
}, { $exhibitors ->
    [0] none taken
   *[other] { $exhibitors } taken
}
print-list-no-zone = Outside the zones
print-list-free = free
print-col-stand = Stand
print-col-exhibitor = Exhibitor
print-col-province = Province
print-col-family = Family
print-col-people = People
print-col-notes = Contact and remarks
print-col-needs = Needs

print-programme-title = Programme of sessions
print-programme-continued = Programme of sessions (continued)
print-programme-none = No session is scheduled.
print-col-time = Time
print-col-room = Room
print-col-session = Session
print-col-facilitators = Led by
print-col-registered = Registered

print-agendas-title = Each exhibitor's sessions
print-agendas-continued = Each exhibitor's sessions (continued)
print-agenda-head = { $stand } · { $name }

print-summary-title = The result and its reasons
print-summary-continued = The result and its reasons (continued)
print-summary-terms = The criteria
print-summary-why = The costs that remain, and why
print-summary-violations = The rules broken
