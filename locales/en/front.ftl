# Proven trade-offs: fronts between clash and balance, between moves and objective.

front-no-layout = no layout found within the time given
front-no-timetable = no timetable found for the stands of a point
front-progress-point = point { $point } of the front: the least balance, then the least clash at that balance
front-progress-best = the best objective of any re-plan
front-progress-moves = the best objective with at most { $moves } moves
front-axis-clash = Clash (weighted)
front-axis-balance = Balance (weighted)
front-axis-moves = Chosen moves
front-axis-objective = Objective
front-status-proven = proven
front-status-gap = not proven (gap { $gap } %)
front-title-clash-balance = { $stop }: the trade-offs between clash and balance
front-title-moves-objective = { $stop }: what each move gains
front-how-clash-balance = Each point is a layout: at that level of clash between neighbours, no layout has a better balance (provinces, prime stands), and at that balance none has less clash. The values are the checker's. Click a point to see its plan; click a second point to see who changes stand and both term tables.
front-how-moves-objective = Each point is the best re-plan with at most that many chosen moves (the other exhibitors keep their stand); the first keeps everyone, the last is the best of all. Click a point to see its plan; click a second point to see who changes stand and both term tables.
front-incomplete = The time allowed ran out before the front was complete: the points shown hold, others may be missing.
front-hint = Click a point of the chart or its number in the table.
front-plan-of = Plan of point { $point }
front-col-point = Point
front-col-status = Status
front-col-changes = Stand changes
front-col-file = File
front-col-term = Term
front-col-value = Value
front-col-weight = Weight
front-col-cost = Cost
front-col-total = Total
front-terms-of = Point { $point }
front-diff-title = From point { $a } to point { $b }: { $count ->
        [one] { $count } exhibitor changes stand
       *[other] { $count } exhibitors change stand
    }
front-diff-none = Nobody changes stand.
front-diff-move = { $exhibitor }: from stand { $from } to stand { $to }
cli-about-tradeoffs = Show the proven trade-offs of a stop: for each clash level the best balance (or, for a late change, the best objective for 0, 1, 2… moves); each point is saved as a solution and shown on a page to choose from
cli-arg-tradeoffs-problem = The stop file
cli-arg-tradeoffs-between = The two sides: clash,balance or moves,objective (with --from)
cli-arg-tradeoffs-from = The announced solution, for --between moves,objective
cli-arg-tradeoffs-output = Folder of the front (default: NAME.tradeoffs beside the stop file)
cli-arg-tradeoffs-time-limit = Seconds allowed for the whole front
cli-arg-tradeoffs-json = Print the front as JSON
cli-tradeoffs-bad-between = error: --between takes clash,balance or moves,objective, not { $given }
cli-tradeoffs-needs-from = error: --between moves,objective compares late changes: give the announced solution with --from
cli-tradeoffs-internal-error = internal error, no file written: { $why }
cli-tradeoffs-head-clash-balance = front between clash and balance: { $count ->
        [one] { $count } point
       *[other] { $count } points
    }
cli-tradeoffs-head-moves-objective = front between moves and objective: { $count ->
        [one] { $count } point
       *[other] { $count } points
    }
cli-tradeoffs-step-clash-balance = { $changes ->
        [one] changing the stand of { $changes } exhibitor
       *[other] changing the stands of { $changes } exhibitors
    } saves { $clash } clash points for { $balance } more balance points
cli-tradeoffs-step-moves = { $moves ->
        [one] moving { $moves } exhibitor
       *[other] moving { $moves } exhibitors
    } saves { $gain } points of the objective
cli-tradeoffs-all-proven = every point is proven: no layout does better on both sides at once
cli-tradeoffs-open-page = the page to choose from: { $page }
