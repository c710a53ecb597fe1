-- Members (会员). Status and sub-union are kept current here for fast lists and filters; the dated
-- events in member_events are the history they follow from.
CREATE TABLE members (
    id {{ID}},
    staff_no TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_pinyin TEXT NOT NULL DEFAULT '',
    name_initials TEXT NOT NULL DEFAULT '',
    gender TEXT NOT NULL DEFAULT '' CHECK (gender IN ('', 'M', 'F')),
    ethnicity TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    id_number TEXT UNIQUE,
    unit_id BIGINT REFERENCES units (id),
    department TEXT NOT NULL DEFAULT '',
    title TEXT NOT NULL DEFAULT '',
    education TEXT NOT NULL DEFAULT '',
    political_status TEXT NOT NULL DEFAULT '',
    employment_type TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    join_date TEXT,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'retired', 'left', 'deceased')),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX members_name ON members (name);
CREATE INDEX members_pinyin ON members (name_pinyin);
CREATE INDEX members_initials ON members (name_initials);
CREATE INDEX members_unit ON members (unit_id);
CREATE INDEX members_status ON members (status);
CREATE INDEX members_birth ON members (birth_date);
CREATE INDEX members_join ON members (join_date);
CREATE INDEX members_phone ON members (phone);
CREATE INDEX members_gender ON members (gender);

CREATE TABLE member_events (
    id {{ID}},
    member_id BIGINT NOT NULL REFERENCES members (id),
    event_date TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('joined', 'transferred', 'retired', 'left', 'deceased', 'rejoined')),
    unit_id BIGINT REFERENCES units (id),
    from_unit_id BIGINT REFERENCES units (id),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX member_events_member ON member_events (member_id, event_date);
CREATE INDEX member_events_unit ON member_events (unit_id);
CREATE INDEX member_events_from ON member_events (from_unit_id);
