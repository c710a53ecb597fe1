-- The annual work plan (工作要点) and its schedule (主要工作进度安排): one plan per year, its key-point
-- sections and points, and the schedule's sections and items with the timing as written and the months read
-- from it.
CREATE TABLE schedule_plans (
    id {{ID}},
    year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 1900 AND 2999),
    title TEXT NOT NULL DEFAULT '',
    doc_number TEXT NOT NULL DEFAULT '',
    issue_date TEXT,
    union_name TEXT NOT NULL DEFAULT '',
    intro TEXT NOT NULL DEFAULT '',
    draft INTEGER NOT NULL DEFAULT 0 CHECK (draft IN (0, 1))
);

CREATE TABLE plan_key_sections (
    id {{ID}},
    plan_id BIGINT NOT NULL REFERENCES schedule_plans (id),
    number INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT ''
);
CREATE INDEX plan_key_sections_plan ON plan_key_sections (plan_id, number);

CREATE TABLE plan_key_points (
    id {{ID}},
    section_id BIGINT NOT NULL REFERENCES plan_key_sections (id),
    number INTEGER NOT NULL,
    text TEXT NOT NULL
);
CREATE INDEX plan_key_points_section ON plan_key_points (section_id, number);

CREATE TABLE schedule_sections (
    id {{ID}},
    plan_id BIGINT NOT NULL REFERENCES schedule_plans (id),
    number INTEGER NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    key_section_id BIGINT REFERENCES plan_key_sections (id)
);
CREATE INDEX schedule_sections_plan ON schedule_sections (plan_id, number);
CREATE INDEX schedule_sections_key ON schedule_sections (key_section_id);

-- months: the months covered, as "3;4;5"; for a deadline (6月底前) the month it is due in.
-- months_unchecked: the timing could not be read, the clerk has to set the months by hand.
CREATE TABLE schedule_items (
    id {{ID}},
    section_id BIGINT NOT NULL REFERENCES schedule_sections (id),
    number INTEGER NOT NULL,
    text TEXT NOT NULL,
    timing TEXT NOT NULL DEFAULT '',
    months TEXT NOT NULL DEFAULT '',
    deadline INTEGER NOT NULL DEFAULT 0 CHECK (deadline IN (0, 1)),
    months_unchecked INTEGER NOT NULL DEFAULT 0 CHECK (months_unchecked IN (0, 1)),
    office TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned'
        CHECK (status IN ('planned', 'in_progress', 'done', 'postponed', 'cancelled')),
    done_date TEXT,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX schedule_items_section ON schedule_items (section_id, number);
CREATE INDEX schedule_items_status ON schedule_items (status);
