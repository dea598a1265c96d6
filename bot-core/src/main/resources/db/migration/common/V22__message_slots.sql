-- The messages a bot keeps up to date in place (a dialog's one message, a case's live card): which platform
-- message each slot names, per bot ("discord:1000", "telegram:123456"). The first send to a slot posts and writes
-- the row; later sends edit that message; when the platform says it is gone, the next post replaces the row.
-- Portable SQL (SQLite and PostgreSQL).
CREATE TABLE IF NOT EXISTS message_slot (
    bot_id     VARCHAR(64)  NOT NULL,
    slot_key   VARCHAR(200) NOT NULL,
    message_id VARCHAR(64)  NOT NULL,
    kept_at    BIGINT       NOT NULL,
    PRIMARY KEY (bot_id, slot_key)
);
