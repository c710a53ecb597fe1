-- Change history: one row for every insert, update and delete of user data,
-- written in the same transaction as the change itself.
CREATE TABLE change_log (
    id {{ID}},
    changed_at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    table_name TEXT NOT NULL,
    row_id BIGINT,
    action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete', 'export')),
    old_values TEXT,
    new_values TEXT
);
CREATE INDEX change_log_row ON change_log (table_name, row_id);
CREATE INDEX change_log_time ON change_log (changed_at);

-- Settings that belong to the database (the union's name, …), not to one computer.
CREATE TABLE app_settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
