-- Awards (先进选树): the award types and their rules, the rounds with the quota of each sub-union, the nominations and
-- their review, the 公示 with its objections, and the awards history the repeat rule reads.

-- An award type (最美教师, 巾帼文明岗 …): for individuals, collectives or both; the repeat exclusion (none; not to the
-- same nominee again within repeat_years years; never again); the eligibility rules of a collective (the least share
-- of women in percent, a woman as head, the least number of people; 0 for none) and the least length of the deeds
-- (事迹, characters). Each check is refused or only warned about: *_check is 'refuse' or 'warn'.
CREATE TABLE award_types (
    id {{ID}},
    name TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL DEFAULT 'individual' CHECK (kind IN ('individual', 'collective', 'both')),
    repeat_rule TEXT NOT NULL DEFAULT 'none' CHECK (repeat_rule IN ('none', 'years', 'never')),
    repeat_years INTEGER NOT NULL DEFAULT 0 CHECK (repeat_years BETWEEN 0 AND 99),
    min_women_percent INTEGER NOT NULL DEFAULT 0 CHECK (min_women_percent BETWEEN 0 AND 100),
    female_head INTEGER NOT NULL DEFAULT 0 CHECK (female_head IN (0, 1)),
    min_size INTEGER NOT NULL DEFAULT 0 CHECK (min_size BETWEEN 0 AND 9999),
    min_deeds INTEGER NOT NULL DEFAULT 0 CHECK (min_deeds BETWEEN 0 AND 100000),
    quota_check TEXT NOT NULL DEFAULT 'refuse' CHECK (quota_check IN ('refuse', 'warn')),
    repeat_check TEXT NOT NULL DEFAULT 'refuse' CHECK (repeat_check IN ('refuse', 'warn')),
    women_share_check TEXT NOT NULL DEFAULT 'refuse' CHECK (women_share_check IN ('refuse', 'warn')),
    female_head_check TEXT NOT NULL DEFAULT 'refuse' CHECK (female_head_check IN ('refuse', 'warn')),
    min_size_check TEXT NOT NULL DEFAULT 'refuse' CHECK (min_size_check IN ('refuse', 'warn')),
    not_active_check TEXT NOT NULL DEFAULT 'refuse' CHECK (not_active_check IN ('refuse', 'warn')),
    duplicate_check TEXT NOT NULL DEFAULT 'refuse' CHECK (duplicate_check IN ('refuse', 'warn')),
    deeds_length_check TEXT NOT NULL DEFAULT 'warn' CHECK (deeds_length_check IN ('refuse', 'warn')),
    sort_order INTEGER NOT NULL DEFAULT 0,
    note TEXT NOT NULL DEFAULT ''
);

-- A round of an award: its key (2024-最美教师), year, the nomination window, the total quota (how many are awarded; 0
-- for no limit), the percent of a sub-union's active members on the cut-off date it may nominate (in hundredths of a
-- percent: 400 is 4 %; 0 for no quota per sub-union), the weight of the committee's score against the public vote
-- (percent), the stage, the 公示 (first day, length in working days, last day as the working calendar computed it,
-- where objections go), the day the list became final and the reason it was last unlocked.
CREATE TABLE award_rounds (
    id {{ID}},
    round_key TEXT NOT NULL UNIQUE,
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    award_type_id BIGINT NOT NULL REFERENCES award_types (id),
    opens TEXT,
    closes TEXT,
    total_quota INTEGER NOT NULL DEFAULT 0 CHECK (total_quota BETWEEN 0 AND 99999),
    quota_bp INTEGER NOT NULL DEFAULT 0 CHECK (quota_bp BETWEEN 0 AND 10000),
    cutoff TEXT,
    committee_weight INTEGER NOT NULL DEFAULT 100 CHECK (committee_weight BETWEEN 0 AND 100),
    stage TEXT NOT NULL DEFAULT 'nominating' CHECK (stage IN ('nominating', 'review', 'publicity', 'final')),
    publicity_start TEXT,
    publicity_days INTEGER NOT NULL DEFAULT 5 CHECK (publicity_days BETWEEN 1 AND 99),
    publicity_end TEXT,
    objections_to TEXT NOT NULL DEFAULT '',
    finalized TEXT,
    unlock_reason TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX award_rounds_type ON award_rounds (award_type_id);
CREATE INDEX award_rounds_year ON award_rounds (year);

-- The quota of a sub-union in a round: its active members on the cut-off date, the quota computed from them, and the
-- quota that holds with the reason when the clerk set another (完成工作任务 +5 %, 0 for unpaid dues).
CREATE TABLE award_quotas (
    id {{ID}},
    round_id BIGINT NOT NULL REFERENCES award_rounds (id),
    unit_id BIGINT NOT NULL REFERENCES units (id),
    headcount INTEGER NOT NULL DEFAULT 0 CHECK (headcount >= 0),
    computed INTEGER NOT NULL DEFAULT 0 CHECK (computed >= 0),
    quota INTEGER NOT NULL DEFAULT 0 CHECK (quota >= 0),
    reason TEXT NOT NULL DEFAULT ''
);
-- One row per sub-union and round, kept by the program rather than a UNIQUE constraint: when two sub-unions are merged,
-- both rows move to the one that remains, whose quota is then their sum until it is computed again.
CREATE INDEX award_quotas_round ON award_quotas (round_id, unit_id);
CREATE INDEX award_quotas_unit ON award_quotas (unit_id);

-- A nomination of a round by a sub-union: a member, or a collective (its name, the department it belongs to, its
-- head, its people on the roster in award_nomination_members, and the team's size and women when counted as a whole,
-- 0 and 0 when the listed people are the team); the deeds (事迹), whether the attachments were received and the
-- sub-union published its own recommendation; the review (the committee's score in hundredths, the public votes);
-- and where it stands.
CREATE TABLE award_nominations (
    id {{ID}},
    round_id BIGINT NOT NULL REFERENCES award_rounds (id),
    kind TEXT NOT NULL DEFAULT 'individual' CHECK (kind IN ('individual', 'collective')),
    member_id BIGINT REFERENCES members (id),
    team_name TEXT NOT NULL DEFAULT '',
    team_unit TEXT NOT NULL DEFAULT '',
    head_member_id BIGINT REFERENCES members (id),
    team_size INTEGER NOT NULL DEFAULT 0 CHECK (team_size BETWEEN 0 AND 99999),
    team_women INTEGER NOT NULL DEFAULT 0 CHECK (team_women BETWEEN 0 AND 99999),
    unit_id BIGINT NOT NULL REFERENCES units (id),
    deeds TEXT NOT NULL DEFAULT '',
    attachments INTEGER NOT NULL DEFAULT 0 CHECK (attachments IN (0, 1)),
    published INTEGER NOT NULL DEFAULT 0 CHECK (published IN (0, 1)),
    committee_score INTEGER NOT NULL DEFAULT 0 CHECK (committee_score BETWEEN 0 AND 10000),
    public_votes INTEGER NOT NULL DEFAULT 0 CHECK (public_votes >= 0),
    status TEXT NOT NULL DEFAULT 'nominated' CHECK (status IN ('nominated', 'selected', 'withdrawn', 'final')),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX award_nominations_round ON award_nominations (round_id, unit_id);
CREATE INDEX award_nominations_member ON award_nominations (member_id);
CREATE INDEX award_nominations_head ON award_nominations (head_member_id);
CREATE INDEX award_nominations_unit ON award_nominations (unit_id);

-- The people of a collective nomination who are on the roster.
CREATE TABLE award_nomination_members (
    id {{ID}},
    nomination_id BIGINT NOT NULL REFERENCES award_nominations (id),
    member_id BIGINT NOT NULL REFERENCES members (id),
    UNIQUE (nomination_id, member_id)
);
CREATE INDEX award_nomination_members_member ON award_nomination_members (member_id);

-- An objection (异议) to a nomination during its 公示: the day received, what it says, who handled it, the outcome
-- (pending; upheld: the nomination is withdrawn; dismissed), the day it was closed and what was found.
CREATE TABLE award_objections (
    id {{ID}},
    nomination_id BIGINT NOT NULL REFERENCES award_nominations (id),
    received TEXT NOT NULL,
    content TEXT NOT NULL DEFAULT '',
    handled_by TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT 'pending' CHECK (outcome IN ('pending', 'upheld', 'dismissed')),
    closed TEXT,
    finding TEXT NOT NULL DEFAULT ''
);
CREATE INDEX award_objections_nomination ON award_objections (nomination_id);

-- The awards history: who (a member, or a collective by name) was given which award in which year, from a round's
-- final list or imported from earlier years' lists. The repeat rule reads it.
CREATE TABLE award_history (
    id {{ID}},
    member_id BIGINT REFERENCES members (id),
    team_name TEXT NOT NULL DEFAULT '',
    award_type_id BIGINT NOT NULL REFERENCES award_types (id),
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999),
    unit_id BIGINT REFERENCES units (id),
    source TEXT NOT NULL DEFAULT 'imported' CHECK (source IN ('round', 'imported')),
    round_id BIGINT REFERENCES award_rounds (id),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX award_history_member ON award_history (member_id, award_type_id);
CREATE INDEX award_history_team ON award_history (team_name);
CREATE INDEX award_history_type ON award_history (award_type_id, year);
CREATE INDEX award_history_unit ON award_history (unit_id);
CREATE INDEX award_history_round ON award_history (round_id);
