-- The import log: one row for each import and each copy of a plan to the next year, so that it can be undone as one
-- step, also after the program was closed. table_name is the table it is about (members, units, schedule_plans);
-- counts, as JSON, how many rows of each table it added, changed and removed.
CREATE TABLE import_batches (
    id {{ID}},
    started_at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('import', 'copy')),
    table_name TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    counts TEXT NOT NULL DEFAULT '',
    undone_at TEXT,
    undone_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX import_batches_started ON import_batches (started_at);

-- The batch a change-history row belongs to, and whether the import wrote it ('do'), undoing it did ('undo') or doing
-- it again ('redo'). Empty for every other change. The index finds a batch's rows of one table and action, and their
-- records, without reading the rows.
ALTER TABLE change_log ADD COLUMN batch_id BIGINT REFERENCES import_batches (id);
ALTER TABLE change_log ADD COLUMN batch_step TEXT CHECK (batch_step IN ('do', 'undo', 'redo'));
CREATE INDEX change_log_batch ON change_log (batch_id, batch_step, table_name, action, row_id);
