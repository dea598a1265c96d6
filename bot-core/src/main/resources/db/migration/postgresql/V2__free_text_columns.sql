-- Text that comes from members and chat platforms has no reliable upper length. SQLite ignores VARCHAR
-- lengths; PostgreSQL enforces them, so there these columns become unbounded TEXT.
ALTER TABLE dispute_case ALTER COLUMN owner_key TYPE TEXT;
ALTER TABLE dispute_case ALTER COLUMN owner_name TYPE TEXT;
ALTER TABLE dispute_case ALTER COLUMN home_chat TYPE TEXT;
ALTER TABLE dispute_case ALTER COLUMN home_thread TYPE TEXT;
ALTER TABLE dispute_case ALTER COLUMN order_id TYPE TEXT;
ALTER TABLE case_timeline ALTER COLUMN actor TYPE TEXT;
ALTER TABLE dialog ALTER COLUMN dialog_key TYPE TEXT;
ALTER TABLE evidence ALTER COLUMN media_type TYPE TEXT;
ALTER TABLE team_setting ALTER COLUMN name TYPE TEXT;
