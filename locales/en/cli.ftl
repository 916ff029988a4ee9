# Caravane — cli (en).

## Help (--help)

cli-about = Plans the stops of a travelling market of the social and solidarity economy: stands, sessions and tours, solved exactly.
cli-about-validate = Check stop and tour files and report every problem, with where and how to fix it
cli-about-info = Summarise a stop: exhibitors per province and family, stands per zone and tag, needs against supply, neighbour pairs
cli-about-solve = Plan the stands of a stop: solve exactly, check the answer, write the solution file
cli-about-timetable = Print the programme of a solution by day and room, and each exhibitor's own agenda
cli-about-check = Re-verify a layout (ours or edited by hand): hard constraints, every objective term recomputed with its reasons, and apart what the file claims about itself and what holds
cli-about-scaling = Measure the stand solve on generated stops of growing size and print a table (for engineers)
cli-about-plan = Draw the floor plan of a solution to scale, for printing on A3: stands coloured by province, prime stands, zones, clashing neighbours in red with the reason
cli-about-report = Write the printable report of a solution: one self-contained HTML file with the plan, every cost explained, the provinces across the zones, the programme and the agendas
cli-about-import = Make a stop file from the exhibitor spreadsheet (CSV, ";" or ",", UTF-8 or Windows-1252) and a stop file giving the venue, provinces, families and rules
cli-about-export = Write the assignments of a solution as a spreadsheet for Excel (";", UTF-8 with BOM): exhibitor, province, family, stand, zone, agenda
cli-about-replan = Re-plan a stop that changed after its plan was announced, minimising the whole objective plus the cost of moves; prints who left, which stands are free, who arrived or moved and why, the objective before and after, and why the search ended
cli-about-move = Move one exhibitor to a free stand, keeping every hard rule; print what the change costs term by term and why, and write the new solution
cli-about-swap = Swap the stands of two exhibitors, keeping every hard rule; print what the change costs term by term and why, and write the new solution
cli-about-recommend = The best free stands for one more exhibitor, without moving anyone
cli-about-schema = Print the JSON Schema of the stop file (or of the solution or tour file)
cli-about-tour = Plan every stop of every itinerary of a tour, in date order with the history of the earlier stops, and write each stop file and solution
cli-about-compare = Plan the itineraries of a tour and rank them side by side: travel, attendance, representation, layout quality, fairness of prime stands, sessions missed
cli-about-generate = Write a synthetic stop of any size with the region's statistics
cli-about-help = Print this message or the help of the given command(s)
cli-help-usage = Usage:
cli-help-commands = Commands
cli-help-arguments = Arguments
cli-help-options = Options
cli-arg-help = Print help
cli-arg-version = Print version
cli-arg-help-command = The command to print the help of
cli-arg-verbose = Show what Caravane does on standard error: -v its stages and solver calls, -vv also the solver's own log
cli-arg-lang = The language Caravane speaks: fr (the default), en or ar. Without it, CARAVANE_LANG, then the system locale when it is one of the three, then French
cli-arg-validate-files = Stop files (NAME.problem.json) or tour files (NAME.tour.json)
cli-arg-json-report = Print the problems as JSON
cli-arg-stop-file = The stop file
cli-arg-info-json = Print the summary as JSON
cli-arg-solution-file = The solution file
cli-arg-solve-problem = The stop file (NAME.problem.json)
cli-arg-solve-output = Output file (default: NAME.solution.json beside the problem)
cli-arg-solve-time-limit = Stop after this many seconds with the best layout found and how far it is from proven
cli-arg-gap = Stop once the layout is proven within this relative gap (e.g. 0.01 for 1 %)
cli-arg-threads = Solver threads
cli-arg-solve-seed = Seed of the local search (the same seed gives the same layout)
cli-arg-solve-quiet = No progress messages nor stage times on standard error (the results are still printed)
cli-arg-solve-only = Plan one part only: stands (no timetable) or sessions (keeping the stands of --layout)
cli-arg-solve-layout = The solution whose stands are kept with --only sessions
cli-arg-timetable-exhibitor = Only this exhibitor's agenda
cli-arg-check-against = Also list the exhibitors whose stand differs from this older solution
cli-arg-scaling-sizes = Numbers of exhibitors
cli-arg-scaling-seed = Seed of the generated stops
cli-arg-scaling-time-limit = Seconds allowed per solve
cli-arg-scaling-sessions = Plan the generated exchange sessions too (the whole plan), not the stands alone
cli-arg-plan-svg = The SVG file to write
cli-arg-report-html = The HTML file to write
cli-arg-export-csv = The CSV file to write
cli-arg-problem-beside = The stop file (default: NAME.problem.json beside the solution)
cli-arg-import-exhibitors = The exhibitor spreadsheet saved as CSV
cli-arg-import-venue = A stop file whose venue, provinces, families, rules and programme are used (its exhibitors are replaced)
cli-arg-import-sessions = A stop file whose rooms, slots and sessions replace those of the venue file
cli-arg-import-output = The stop file to write
cli-arg-replan-problem = The changed stop file
cli-arg-announced = The announced solution
cli-arg-replan-output = Output file (default: NAME.replanned.solution.json beside the problem)
cli-arg-replan-move-cost = What a chosen move costs, in objective units
cli-arg-replan-max-moves = At most this many chosen moves
cli-arg-replan-fewest-moves-first = The fewest moves first, then the best objective with that many (for the best objective within at most K moves, give --max-moves K --move-cost 0)
cli-arg-replan-time-limit = Seconds allowed
cli-arg-replan-json = Print the moves as JSON
cli-arg-hand-solution = The solution to change
cli-arg-move-exhibitor = The exhibitor to move
cli-arg-move-to = The free stand it moves to
cli-arg-hand-output = The new solution file (default: NAME.moved.solution.json beside the solution)
cli-arg-swap-first = One exhibitor
cli-arg-swap-second = The other
cli-arg-recommend-problem = The stop file, with the newcomer among its exhibitors
cli-arg-recommend-exhibitor = The newcomer's id
cli-arg-recommend-top = How many stands to propose
cli-arg-recommend-json = Print the stands as JSON
cli-arg-schema-solution = The schema of solution files instead
cli-arg-schema-tour = The schema of tour files instead
cli-arg-tour-file = The tour file (NAME.tour.json)
cli-arg-tour-output = Folder for the plans (default: NAME.plans beside the tour file); each itinerary gets a sub-folder with NN-VENUE.problem.json and NN-VENUE.solution.json
cli-arg-tour-itinerary = Only these itineraries (by id; repeat the option for several)
cli-arg-tour-time-limit = Seconds allowed per stop
cli-arg-tour-gap = Stop each solve once proven within this relative gap
cli-arg-tour-seed = Seed of the local search
cli-arg-tour-jobs = Itineraries planned at once (default: one per core)
cli-arg-tour-without-rotation = Plan without the rotation term (to see what it changes)
cli-arg-tour-quiet = No progress messages
cli-arg-compare-format = How to print the ranking: table (for people), csv (one line per itinerary, for a spreadsheet), json (everything, per stop too), html (a page with the ranking, a chart of the criteria and each itinerary's stops)
cli-arg-compare-output = Write the ranking to this file instead of the screen
cli-arg-compare-plans = Also write every stop file and solution into this folder
cli-arg-compare-best-order = Search the best order of an itinerary's stops (default: the first itinerary) and rank the shortest orders found against it
cli-arg-compare-keep = How many of the shortest orders to plan in full with --best-order
cli-arg-generate-exhibitors = Number of exhibitors
cli-arg-generate-seed = Seed: the same seed gives the same stop
cli-arg-generate-sessions = Number of thematic sessions (default: about one per 20 exhibitors)
cli-arg-generate-days = Days of the market, three session slots each (default: 5)
cli-arg-generate-output = Output file (default: standard output)

## What every command says

cli-error = error: { $message }
cli-wrote = wrote { $what }
cli-cannot-write = error: cannot write { $place }: { $why }
cli-plans-under = the plans under { $dir }
cli-files-under = { $count ->
        [one] 1 file
       *[other] { $count } files
    } under { $dir }
cli-progress-stops = { $done }/{ $of } stops
cli-progress-stage = { $stage }: { $detail }
cli-status-optimal = optimal
cli-status-feasible = feasible
cli-status-breaks-rules = breaks rules
cli-status-infeasible = infeasible
cli-status-unknown = unknown
cli-bad-time-limit = error: --time-limit must be a number of seconds above 0
cli-bad-gap = error: --gap must be 0 or more (e.g. 0.01 for 1 %)
cli-bad-move-cost = error: --move-cost must be 0 or more

## The files read

cli-input-no-layout = the file holds no layout (status { $status })
cli-input-no-layout-action = start from a solution with stands
cli-input-stop-looked-beside = (the stop file was looked for beside the solution; give it with --problem)

## solve

cli-solve-status = { $problem }: { $status }
cli-solve-no-layout = no layout was found within the limits
cli-solve-bound = bound { $bound }, gap { $gap } %
cli-solve-no-bound = no proven bound
cli-solve-total = total { $total }  ({ $proof }, { $seconds } s)
cli-solve-clashes-left = clashing neighbour pairs left: { $count }
cli-solve-zone-table = exhibitors per zone and province (target in brackets):
cli-solve-attribute-table = exhibitors per zone by "{ $attribute }" (target in brackets):
cli-solve-prime-row = prime stands
cli-solve-stage = stage { $stage } { $seconds } s  { $vars } vars { $rows } rows  { $result }
cli-solve-only-sessions-needs-layout = error: --only sessions needs --layout SOLUTION, the plan whose stands are kept
cli-solve-bad-options = error: --time-limit must be more than 0 seconds, --gap 0 or more, --threads 1 or more
cli-solve-bad-layout = error: the layout to keep is not valid for this stop:
cli-solve-not-written = error: { $why }. No solution was written.
cli-solve-internal-error = internal error: { $why }. No solution was written; please report this stop file.

## replan

cli-replan-internal-error = internal error: { $why }. Nothing was written; please report this stop file.
cli-replan-left = left: { $exhibitor } (had stand { $stand })
cli-replan-no-free-stand = free stands: none
cli-replan-free-stands = free stands ({ $count }): { $stands }
cli-replan-arrived = arrived: { $why }
cli-replan-moved = moved: { $why }
cli-replan-move-count = { $chosen ->
        [one] { $chosen } chosen move
       *[other] { $chosen } chosen moves
    }, { $changes ->
        [one] { $changes } change
       *[other] { $changes } changes
    } in all
cli-replan-sessions-kept = sessions: every session keeps its announced room and slots
cli-replan-session-place = { $room } at { $slots }
cli-replan-session-moved = session: { $why } (from { $from } to { $to })
cli-replan-session-new = session: { $why } (to { $to })
cli-replan-objective-change = objective: { $before } before (the announced layout, as far as it still applies), { $after } after
cli-replan-objective = objective: { $after }
cli-replan-held = no plan that costs no more in moves has an objective below { $bound } (gap { $gap } %)
cli-replan-proved = proved: no plan that costs no more in moves has a smaller objective
cli-replan-stopped-gap = stopped within the gap asked for: { $held }
cli-replan-stopped-time = a time limit stopped the search: { $held }
cli-replan-stages-done = every stage ran to its end, short of a proof: { $held }; the stands and the timetable are planned one after the other, and the bound leaves out neighbour_watch

## move and swap

cli-hand-breaks = error: the change would break { $count ->
        [one] 1 rule
       *[other] { $count } rules
    } of the stop; nothing was written:
cli-hand-refused-then = error: { $why }; nothing was written:
cli-hand-refused = error: { $why }; nothing was written.
cli-hand-no-stand = (no stand)
cli-hand-objective = objective
cli-hand-before = before
cli-hand-after = after
cli-hand-change = change
cli-hand-total = total
cli-hand-costs-gone = costs that go:
cli-hand-costs-new = costs that come:
cli-hand-no-cost-change = no cost comes or goes
cli-hand-what-holds = what holds: { $claim }
cli-hand-note = note: { $note }

## recommend

cli-recommend-title = Best free stands for { $name } ({ $id }), everyone else kept:
cli-recommend-stand = { $stand } (zone { $zone }): objective { $total }
cli-recommend-stand-more = { $stand } (zone { $zone }): objective { $total }, { $more } more than the best

## timetable

cli-timetable-no-such-exhibitor = error: there is no exhibitor "{ $id }" in { $file }

## tour and compare

cli-tour-no-such-itinerary = error: no itinerary { $ids } in { $file }; the itineraries are: { $known }
cli-tour-bad-time-limit = error: --time-limit must be a number of seconds above 0, not { $value }
cli-tour-bad-gap = error: --gap must be 0 or more (0.01 for 1 %), not { $value }
cli-tour-bad-jobs = error: --jobs must be 1 or more
cli-tour-no-threads = error: cannot start the worker threads: { $why }
cli-tour-planning = planning { $itineraries ->
        [one] { $itineraries } itinerary
       *[other] { $itineraries } itineraries
    }, { $stops ->
        [one] { $stops } stop
       *[other] { $stops } stops
    } ({ $seconds } s at most per stop)
cli-tour-stop = { $dates }  { $exhibitors ->
        [one] { $exhibitors } exhibitor
       *[other] { $exhibitors } exhibitors
    }, { $turned_away } turned away  { $status }, objective { $objective }
cli-tour-stop-no-layout = { $dates }  { $exhibitors ->
        [one] { $exhibitors } exhibitor
       *[other] { $exhibitors } exhibitors
    }, { $turned_away } turned away  { $status }
cli-tour-not-planned = { $stop } ({ $town }): not planned — { $why }
cli-compare-best-order = best order of "{ $id }": { $stops } stops, { $others ->
        [one] the other shortest order
       *[other] the { $others } shortest other orders
    } planned against it
cli-csv-rank = rank
cli-csv-id = id
cli-csv-name = name
cli-csv-score = score
cli-csv-route = route
cli-csv-tour-km = tour_km
cli-csv-exhibitor-km = exhibitor_km
cli-csv-attending = attending
cli-csv-places = places
cli-csv-turned-away = turned_away
cli-csv-representation-gap = representation_gap_pct
cli-csv-layout = layout
cli-csv-prime-min = prime_min
cli-csv-prime-max = prime_max
cli-csv-prime-gini = prime_gini
cli-csv-sessions-missed = sessions_missed

## scaling, import, validate

cli-scaling-exhibitors = exhibitors
cli-scaling-stands = stands
cli-scaling-sessions = sessions
cli-scaling-variables = variables
cli-scaling-rows = rows
cli-scaling-seconds = seconds
cli-scaling-status = status
cli-scaling-gap = gap
cli-scaling-stages = stages
cli-scaling-internal-error = internal error at { $count } exhibitors: { $why }
cli-import-read = read { $count ->
        [one] { $count } exhibitor
       *[other] { $count } exhibitors
    } from { $file } ({ $encoding })
cli-validate-ok = ok: { $file } ({ $contents })
cli-validate-stop = { $exhibitors ->
        [one] { $exhibitors } exhibitor
       *[other] { $exhibitors } exhibitors
    }, { $stands ->
        [one] { $stands } stand
       *[other] { $stands } stands
    }
cli-validate-tour = { $itineraries ->
        [one] { $itineraries } itinerary
       *[other] { $itineraries } itineraries
    }, { $exhibitors ->
        [one] { $exhibitors } exhibitor
       *[other] { $exhibitors } exhibitors
    } in the pool
cli-validate-summary = { $invalid } of { $files } files invalid, { $problems ->
        [one] { $problems } problem
       *[other] { $problems } problems
    } in all
cli-serve-workspace = Cannot open the workspace { $file }: { $error }
cli-serve-cannot-listen = Cannot listen on { $address }: { $error }. Choose another port with --port.
cli-serve-open-network = Warning: the workbench listens on { $host }; other machines of the network can reach it (the token is still required).
cli-serve-workspace-is = Workspace: { $file }
cli-serve-address = Open the Caravane workbench at this address: { $url }
cli-serve-stop = Ctrl-C to stop; everything saved stays in the workspace.
cli-serve-stopped = Workbench stopped.
cli-serve-no-browser = The browser could not be opened: copy the address above.
cli-about-serve = Opens Caravane in the browser: the planner's whole job (stops, solving, a plan changed with the mouse, late changes, versions, printing) on a local server, with a workspace in one file
cli-arg-serve-workspace = The workspace file (SQLite), made if it does not exist
cli-arg-serve-port = The port to listen on (0: any free port)
cli-arg-serve-host = The address to listen on; any other than 127.0.0.1 opens Caravane to the other machines of the network (the token is still required)
cli-arg-serve-open = Opens the address in the default browser
