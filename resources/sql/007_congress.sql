-- The staff congress (教代会/双代会): its sessions, the delegations and representatives of a term, its special
-- committees, the handling units (承办单位) and the proposals (提案) with their co-signers, assignments, replies,
-- ratings and later reviews (回头看), and the representatives' inspections (代表巡视).

-- A meeting of a term: 第十二届教代会暨第十四届工代会第二次会议 is term 12, meeting 2. session_key is the clerk's
-- short name (12-2). Proposals are accepted from opens to closes (both included).
CREATE TABLE congress_sessions (
    id {{ID}},
    session_key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    term INTEGER NOT NULL CHECK (term BETWEEN 1 AND 999),
    meeting INTEGER NOT NULL DEFAULT 1 CHECK (meeting BETWEEN 1 AND 99),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    meeting_start TEXT,
    meeting_end TEXT,
    opens TEXT,
    closes TEXT
);
CREATE INDEX congress_sessions_term ON congress_sessions (term, meeting);

-- Handling units (承办单位): the university's offices that answer proposals, not the sub-unions.
CREATE TABLE handling_units (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    short_name TEXT NOT NULL DEFAULT '',
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- A delegation (代表团) of a term, normally one per sub-union, with its head (团长).
CREATE TABLE congress_delegations (
    id {{ID}},
    term INTEGER NOT NULL CHECK (term BETWEEN 1 AND 999),
    name TEXT NOT NULL,
    unit_id BIGINT REFERENCES units (id),
    head_member_id BIGINT REFERENCES members (id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (term, name)
);
CREATE INDEX congress_delegations_unit ON congress_delegations (unit_id);
CREATE INDEX congress_delegations_head ON congress_delegations (head_member_id);

-- A representative (代表) of a term: a member of the roster in a delegation. A replacement during the term is a new
-- row from its start date that names the row it replaces; the replaced row ends the day before (ended).
CREATE TABLE congress_representatives (
    id {{ID}},
    term INTEGER NOT NULL CHECK (term BETWEEN 1 AND 999),
    member_id BIGINT NOT NULL REFERENCES members (id),
    delegation_id BIGINT NOT NULL REFERENCES congress_delegations (id),
    started TEXT,
    ended TEXT,
    replaces_id BIGINT REFERENCES congress_representatives (id),
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (term, member_id)
);
CREATE INDEX congress_representatives_member ON congress_representatives (member_id);
CREATE INDEX congress_representatives_delegation ON congress_representatives (delegation_id);
CREATE INDEX congress_representatives_replaces ON congress_representatives (replaces_id);

-- Special committees (专门委员会) of a term and their members; proposal = 1 marks the proposal committee.
CREATE TABLE congress_committees (
    id {{ID}},
    term INTEGER NOT NULL CHECK (term BETWEEN 1 AND 999),
    name TEXT NOT NULL,
    proposal INTEGER NOT NULL DEFAULT 0 CHECK (proposal IN (0, 1)),
    UNIQUE (term, name)
);

CREATE TABLE congress_committee_members (
    id {{ID}},
    committee_id BIGINT NOT NULL REFERENCES congress_committees (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('chair', 'vice_chair', 'member')),
    UNIQUE (committee_id, member_id)
);
CREATE INDEX congress_committee_members_member ON congress_committee_members (member_id);

-- A proposal (提案), or a suggestion (意见建议) kept as such from the start (kind). The proposer is a representative,
-- or a delegation for a collective proposal. category is the committee's (it may re-classify), proposer_category
-- the proposer's. decision: '' not yet decided, filed (立案), rejected (不立案, with decision_reason), converted
-- (转为意见建议), merged (并案, into merged_into_id), withdrawn (撤回). round counts the rounds of handling: a
-- 不满意 rating opens the next.
CREATE TABLE congress_proposals (
    id {{ID}},
    session_id BIGINT NOT NULL REFERENCES congress_sessions (id),
    number TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'proposal' CHECK (kind IN ('proposal', 'suggestion')),
    title TEXT NOT NULL,
    reasons TEXT NOT NULL DEFAULT '',
    measures TEXT NOT NULL DEFAULT '',
    category TEXT NOT NULL DEFAULT '',
    proposer_category TEXT NOT NULL DEFAULT '',
    proposer_rep_id BIGINT REFERENCES congress_representatives (id),
    proposer_delegation_id BIGINT REFERENCES congress_delegations (id),
    suggested_unit TEXT NOT NULL DEFAULT '',
    submitted TEXT,
    decision TEXT NOT NULL DEFAULT ''
        CHECK (decision IN ('', 'filed', 'rejected', 'converted', 'merged', 'withdrawn')),
    decision_date TEXT,
    decision_reason TEXT NOT NULL DEFAULT '',
    merged_into_id BIGINT REFERENCES congress_proposals (id),
    key_proposal INTEGER NOT NULL DEFAULT 0 CHECK (key_proposal IN (0, 1)),
    round INTEGER NOT NULL DEFAULT 1 CHECK (round BETWEEN 1 AND 99),
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (session_id, number)
);
CREATE INDEX congress_proposals_decision ON congress_proposals (session_id, decision);
CREATE INDEX congress_proposals_category ON congress_proposals (session_id, category);
CREATE INDEX congress_proposals_rep ON congress_proposals (proposer_rep_id);
CREATE INDEX congress_proposals_delegation ON congress_proposals (proposer_delegation_id);
CREATE INDEX congress_proposals_merged ON congress_proposals (merged_into_id);

CREATE TABLE congress_cosigners (
    id {{ID}},
    proposal_id BIGINT NOT NULL REFERENCES congress_proposals (id),
    rep_id BIGINT NOT NULL REFERENCES congress_representatives (id),
    UNIQUE (proposal_id, rep_id)
);
CREATE INDEX congress_cosigners_rep ON congress_cosigners (rep_id);

-- The units a proposal (or suggestion) is handed to in a round: one lead (主办) and any co-handling (协办) units.
CREATE TABLE congress_assignments (
    id {{ID}},
    proposal_id BIGINT NOT NULL REFERENCES congress_proposals (id),
    round INTEGER NOT NULL DEFAULT 1,
    unit_id BIGINT NOT NULL REFERENCES handling_units (id),
    role TEXT NOT NULL DEFAULT 'lead' CHECK (role IN ('lead', 'co')),
    assigned TEXT,
    deadline TEXT,
    UNIQUE (proposal_id, round, unit_id)
);
CREATE INDEX congress_assignments_unit ON congress_assignments (unit_id, role);

-- The lead unit's reply in a round, for all handling units. result: A solved, B in progress or planned (with
-- completion), C later, D for reference.
CREATE TABLE congress_replies (
    id {{ID}},
    proposal_id BIGINT NOT NULL REFERENCES congress_proposals (id),
    round INTEGER NOT NULL DEFAULT 1,
    replied TEXT NOT NULL,
    text TEXT NOT NULL DEFAULT '',
    result TEXT NOT NULL DEFAULT '' CHECK (result IN ('', 'A', 'B', 'C', 'D')),
    completion TEXT,
    UNIQUE (proposal_id, round)
);

-- A rating of a round's reply: by the proposer (rep_id empty) or by a co-signer.
CREATE TABLE congress_ratings (
    id {{ID}},
    proposal_id BIGINT NOT NULL REFERENCES congress_proposals (id),
    round INTEGER NOT NULL DEFAULT 1,
    rep_id BIGINT REFERENCES congress_representatives (id),
    rating TEXT NOT NULL CHECK (rating IN ('satisfied', 'basic', 'unsatisfied')),
    rated TEXT,
    comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX congress_ratings_proposal ON congress_ratings (proposal_id, round);
CREATE INDEX congress_ratings_rep ON congress_ratings (rep_id);

-- 回头看: a later review of a (key) proposal.
CREATE TABLE congress_reviews (
    id {{ID}},
    proposal_id BIGINT NOT NULL REFERENCES congress_proposals (id),
    reviewed TEXT NOT NULL,
    findings TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'in_progress' CHECK (status IN ('done', 'in_progress', 'not_done'))
);
CREATE INDEX congress_reviews_proposal ON congress_reviews (proposal_id);

-- 代表巡视: an inspection of a term, the representatives who went, and the follow-up items with their unit.
CREATE TABLE congress_inspections (
    id {{ID}},
    term INTEGER NOT NULL CHECK (term BETWEEN 1 AND 999),
    inspected TEXT NOT NULL,
    topic TEXT NOT NULL,
    places TEXT NOT NULL DEFAULT '',
    findings TEXT NOT NULL DEFAULT ''
);
CREATE INDEX congress_inspections_date ON congress_inspections (inspected);

CREATE TABLE congress_inspection_reps (
    id {{ID}},
    inspection_id BIGINT NOT NULL REFERENCES congress_inspections (id),
    rep_id BIGINT NOT NULL REFERENCES congress_representatives (id),
    UNIQUE (inspection_id, rep_id)
);
CREATE INDEX congress_inspection_reps_rep ON congress_inspection_reps (rep_id);

CREATE TABLE congress_inspection_items (
    id {{ID}},
    inspection_id BIGINT NOT NULL REFERENCES congress_inspections (id),
    text TEXT NOT NULL,
    unit_id BIGINT REFERENCES handling_units (id),
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'done')),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX congress_inspection_items_inspection ON congress_inspection_items (inspection_id);
CREATE INDEX congress_inspection_items_unit ON congress_inspection_items (unit_id);
