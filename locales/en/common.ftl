# Caravane — common words (en).

common-exhibitors = { $count ->
    [one] { $count } exhibitor
   *[other] { $count } exhibitors
}
zone-entrance = Entrance
zone-centre = Centre
zone-back = Back
zone-front = Front
zone-middle = Middle
zone-side = Side
zone-corner = Corner
