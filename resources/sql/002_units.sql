-- Sub-unions (二级工会): one per college or department, optionally under a parent unit.
CREATE TABLE units (
    id {{ID}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL UNIQUE,
    short_name TEXT NOT NULL DEFAULT '',
    parent_id BIGINT REFERENCES units (id),
    sort_order INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);
CREATE INDEX units_parent ON units (parent_id);
CREATE INDEX units_sort ON units (sort_order, code);
