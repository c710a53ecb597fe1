-- Hardship help (送温暖/帮扶) and care visits (慰问, 六必访). Amounts are whole fen.

-- A hardship case: the member's family in difficulty, its cause, household and income, and the help given. The
-- sub-union is the member's when the case was recorded. income_per_head is the household's monthly income per person.
-- review: pending, approved (by the sub-union and the union office) or rejected.
CREATE TABLE hardship_cases (
    id {{ID}},
    member_id BIGINT NOT NULL REFERENCES members (id),
    unit_id BIGINT REFERENCES units (id),
    given TEXT NOT NULL,
    cause TEXT NOT NULL DEFAULT 'illness'
        CHECK (cause IN ('illness', 'accident', 'disaster', 'family', 'other')),
    situation TEXT NOT NULL DEFAULT '',
    household_size INTEGER NOT NULL DEFAULT 1 CHECK (household_size BETWEEN 1 AND 99),
    income_per_head INTEGER NOT NULL DEFAULT 0 CHECK (income_per_head >= 0),
    form TEXT NOT NULL DEFAULT 'cash' CHECK (form IN ('cash', 'goods')),
    amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    funded_by TEXT NOT NULL DEFAULT 'university' CHECK (funded_by IN ('university', 'sub_union', 'higher')),
    review TEXT NOT NULL DEFAULT 'pending' CHECK (review IN ('pending', 'approved', 'rejected')),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX hardship_cases_member ON hardship_cases (member_id, given);
CREATE INDEX hardship_cases_unit ON hardship_cases (unit_id);
CREATE INDEX hardship_cases_given ON hardship_cases (given);

-- The kinds of care visit of a year (婚嫁, 生育, 住院, 直系亲属去世, 会员去世, 退休 …): the standard amount (fixed) or the
-- most that may be paid (cap), who pays, cash or goods, how often a member may have one (none: no limit; per_year:
-- once in a calendar year; once: once ever, counted over every year's kind of the same key), and what happens to a
-- visit over the amount or the frequency (refuse, or reason: allowed with the reason recorded).
CREATE TABLE care_kinds (
    id {{ID}},
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    kind_key TEXT NOT NULL,
    name TEXT NOT NULL,
    amount_mode TEXT NOT NULL DEFAULT 'cap' CHECK (amount_mode IN ('fixed', 'cap')),
    amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    payer TEXT NOT NULL DEFAULT 'sub_union' CHECK (payer IN ('university', 'sub_union')),
    form TEXT NOT NULL DEFAULT 'cash' CHECK (form IN ('cash', 'goods')),
    frequency TEXT NOT NULL DEFAULT 'none' CHECK (frequency IN ('none', 'per_year', 'once')),
    over_rule TEXT NOT NULL DEFAULT 'refuse' CHECK (over_rule IN ('refuse', 'reason')),
    sort_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (year, kind_key)
);
CREATE INDEX care_kinds_key ON care_kinds (kind_key);

-- A care visit (慰问): the member, the kind of the visit's year, the day, what was given and by whom, the reason when
-- it goes over the kind's amount or frequency, who went. The sub-union is the member's when it was recorded.
CREATE TABLE care_visits (
    id {{ID}},
    member_id BIGINT NOT NULL REFERENCES members (id),
    unit_id BIGINT REFERENCES units (id),
    kind_id BIGINT NOT NULL REFERENCES care_kinds (id),
    visited TEXT NOT NULL,
    amount INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    form TEXT NOT NULL DEFAULT 'cash' CHECK (form IN ('cash', 'goods')),
    payer TEXT NOT NULL DEFAULT 'sub_union' CHECK (payer IN ('university', 'sub_union')),
    reason TEXT NOT NULL DEFAULT '',
    visitors TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX care_visits_member ON care_visits (member_id, visited);
CREATE INDEX care_visits_unit ON care_visits (unit_id);
CREATE INDEX care_visits_kind ON care_visits (kind_id);
CREATE INDEX care_visits_visited ON care_visits (visited);
