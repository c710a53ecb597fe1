-- The age a woman retired at before the gradual rise of 2025 (原法定退休年龄): 50 or 55, or 0 for the office's
-- default (app_settings "members/women_retirement_age", 55 unless changed). It decides how far the rise moves her
-- statutory retirement date; a man's original age is always 60.
ALTER TABLE members ADD COLUMN original_retirement_age INTEGER NOT NULL DEFAULT 0 CHECK (original_retirement_age IN (0, 50, 55));
