-- The working calendar: the days that differ from an ordinary Monday–Friday week, as the State Council's yearly notice
-- (国务院办公厅关于20XX年部分节假日安排的通知) gives them. kind: holiday (a day off, 放假; every day of a holiday is
-- kept, its Saturdays and Sundays too) or workday (a Saturday or Sunday worked, 调休上班). name: the holiday's name
-- (春节; 国庆节、中秋节). year: the notice's year, which an import replaces as a whole; a notice may name a day of the
-- year before (元旦 from 2022-12-31 in the notice for 2023). A year without rows falls back to the built-in notices.
CREATE TABLE calendar_days (
    id {{ID}},
    day TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name TEXT NOT NULL DEFAULT '',
    year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 2999)
);
CREATE INDEX calendar_days_year ON calendar_days (year);
