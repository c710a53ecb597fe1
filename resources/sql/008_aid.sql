-- Medical mutual aid (大病医疗互助): the schemes, their periods with the rule table of each, the members enrolled in a
-- period, the claims with their computed payout and its calculation, and each scheme's fund ledger. Money in fen.

-- A scheme: 省产业工会大病医疗互助, 爱心大病医疗互助. The fee of one share and how it is split (member_part +
-- school_part + union_part = fee, each in fen); matching: what the school adds per yuan of members' fees, in percent
-- (100 is 1:1). waiting_days: a first-time member's claims count only for treatment that starts that many days after
-- enrollment. claim_months: a claim is received at most that many months after the treatment ended.
CREATE TABLE aid_schemes (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    short_name TEXT NOT NULL DEFAULT '',
    fee INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),
    member_part INTEGER NOT NULL DEFAULT 0 CHECK (member_part >= 0),
    school_part INTEGER NOT NULL DEFAULT 0 CHECK (school_part >= 0),
    union_part INTEGER NOT NULL DEFAULT 0 CHECK (union_part >= 0),
    matching INTEGER NOT NULL DEFAULT 0 CHECK (matching BETWEEN 0 AND 1000),
    max_shares INTEGER NOT NULL DEFAULT 1 CHECK (max_shares BETWEEN 1 AND 99),
    retirees INTEGER NOT NULL DEFAULT 0 CHECK (retirees IN (0, 1)),
    waiting_days INTEGER NOT NULL DEFAULT 0 CHECK (waiting_days BETWEEN 0 AND 3660),
    claim_months INTEGER NOT NULL DEFAULT 6 CHECK (claim_months BETWEEN 0 AND 120),
    mid_period INTEGER NOT NULL DEFAULT 0 CHECK (mid_period IN (0, 1)),
    arrears INTEGER NOT NULL DEFAULT 0 CHECK (arrears IN (0, 1)),
    note TEXT NOT NULL DEFAULT ''
);

-- A period of a scheme (a natural year, or 1 November – 31 October …), key as the clerk names it (2024, 2024-2025),
-- with enrollment open from enroll_opens to enroll_closes and the period's rule table (rules: the JSON form of
-- `aid rules import`, amounts in yuan).
CREATE TABLE aid_periods (
    id {{ID}},
    scheme_id BIGINT NOT NULL REFERENCES aid_schemes (id),
    period_key TEXT NOT NULL,
    starts TEXT NOT NULL,
    ends TEXT NOT NULL,
    enroll_opens TEXT,
    enroll_closes TEXT,
    rules TEXT NOT NULL DEFAULT '',
    UNIQUE (scheme_id, period_key)
);
CREATE INDEX aid_periods_scheme ON aid_periods (scheme_id, starts);

-- A member enrolled in a period: shares, the day, the fee the member paid (fen) and how; arrears marks a fee paid
-- late for a past period.
CREATE TABLE aid_enrollments (
    id {{ID}},
    period_id BIGINT NOT NULL REFERENCES aid_periods (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    shares INTEGER NOT NULL DEFAULT 1 CHECK (shares BETWEEN 1 AND 99),
    enrolled TEXT NOT NULL,
    fee INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),
    paid_by TEXT NOT NULL DEFAULT 'salary' CHECK (paid_by IN ('salary', 'cash', 'transfer')),
    arrears INTEGER NOT NULL DEFAULT 0 CHECK (arrears IN (0, 1)),
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (period_id, member_id)
);
CREATE INDEX aid_enrollments_member ON aid_enrollments (member_id);

-- A claim: the member, the part of the rule table (part_key), the treatment, the eligible amount as 自付 (own_pay),
-- 自理 (self_care) and 自费 (self_paid) less the items that do not count (excluded), an illness for a lump sum, the
-- documents received (keys, one per line), the review status, and what it pays: payout = part_payout + lump_sum, with
-- the calculation (trace, JSON) as computed when the amount was last set. A rejected claim pays nothing.
CREATE TABLE aid_claims (
    id {{ID}},
    period_id BIGINT NOT NULL REFERENCES aid_periods (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    part_key TEXT NOT NULL,
    treated_from TEXT NOT NULL,
    treated_to TEXT,
    received TEXT NOT NULL,
    own_pay INTEGER NOT NULL DEFAULT 0 CHECK (own_pay >= 0),
    self_care INTEGER NOT NULL DEFAULT 0 CHECK (self_care >= 0),
    self_paid INTEGER NOT NULL DEFAULT 0 CHECK (self_paid >= 0),
    excluded INTEGER NOT NULL DEFAULT 0 CHECK (excluded >= 0),
    illness TEXT NOT NULL DEFAULT '',
    documents TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'draft'
        CHECK (status IN ('draft', 'sub_union', 'office', 'committee', 'paid', 'rejected')),
    part_payout INTEGER NOT NULL DEFAULT 0,
    lump_sum INTEGER NOT NULL DEFAULT 0,
    trace TEXT NOT NULL DEFAULT '',
    paid TEXT,
    voucher TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX aid_claims_period ON aid_claims (period_id, member_id, treated_from);
CREATE INDEX aid_claims_member ON aid_claims (member_id);

-- The fund's ledger per scheme and period: income (member fees, the school's and the union's parts, matching,
-- donations, interest, other) as positive amounts, expenses (claims paid, other) as negative ones, in fen. A paid
-- claim posts its expense (claim_id); a correction is a reversing entry (reverses_id), nothing is edited.
CREATE TABLE aid_ledger (
    id {{ID}},
    period_id BIGINT NOT NULL REFERENCES aid_periods (id),
    posted TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('member_fees', 'school', 'union', 'matching', 'donation', 'interest',
                                       'other_income', 'claim', 'other_expense')),
    amount INTEGER NOT NULL,
    claim_id BIGINT REFERENCES aid_claims (id),
    reverses_id BIGINT REFERENCES aid_ledger (id),
    voucher TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL DEFAULT ''
);
CREATE INDEX aid_ledger_period ON aid_ledger (period_id, posted);
CREATE INDEX aid_ledger_claim ON aid_ledger (claim_id);
CREATE INDEX aid_ledger_reverses ON aid_ledger (reverses_id);
