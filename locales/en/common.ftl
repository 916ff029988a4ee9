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

balance-attribute = { $attribute ->
    [province] province
    [category] category
    [form] legal form
    [women_led] led by women
   *[other] { $attribute }
}
balance-value-women-led = { $value ->
    [true] led by women
   *[other] not led by women
}
balance-value-form = { $value ->
    [cooperative] cooperatives
    [association] associations
    [social_enterprise] social enterprises
   *[other] form not given
}
balance-value-category = { $value ->
    [agricultural] agricultural
    [artisanal] artisanal
    [services] services
   *[other] category not given
}
balance-value-other = "{ $value }"
balance-value-missing = { $attribute } not given
balance-term = Balance: { $attribute }, { $over ->
    [prime] prime stands
   *[zones] zones
}
balance-term-label = { $over ->
    [prime] values of "{ $attribute }" off their fair share of the prime stands
   *[zones] values of "{ $attribute }" off their fair share of each zone
}
balance-off-target = { $group }: { $value } — { $here } against a target of { NUMBER($target, minimumFractionDigits: 1, maximumFractionDigits: 2) } ({ NUMBER($share, minimumFractionDigits: 1, maximumFractionDigits: 1) } % of { $count }): { NUMBER($off, minimumFractionDigits: 2, maximumFractionDigits: 2) } { $side ->
    [over] over
   *[under] under
}.
