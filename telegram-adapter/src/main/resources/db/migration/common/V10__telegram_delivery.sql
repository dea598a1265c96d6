-- Telegram adapter: durable polling and outbound delivery. Portable SQL (SQLite and PostgreSQL).

-- The next getUpdates offset per bot: advanced only after the updates before it are handled and stored.
CREATE TABLE IF NOT EXISTS telegram_poll_offset (
    bot_id      VARCHAR(32) NOT NULL PRIMARY KEY,
    next_offset BIGINT      NOT NULL
);

-- Updates already handled (or skipped after repeated failures): an update seen twice is handled once.
CREATE TABLE IF NOT EXISTS telegram_processed_update (
    bot_id       VARCHAR(32) NOT NULL,
    update_id    BIGINT      NOT NULL,
    outcome      VARCHAR(16) NOT NULL,
    processed_at BIGINT      NOT NULL,
    PRIMARY KEY (bot_id, update_id)
);

-- Messages owed to Telegram, kept until Telegram has taken them; state 'failed' keeps those that never got through.
CREATE TABLE IF NOT EXISTS telegram_outbox (
    bot_id     VARCHAR(32)  NOT NULL,
    seq        BIGINT       NOT NULL,
    chat_id    BIGINT       NOT NULL,
    payload    TEXT         NOT NULL,
    state      VARCHAR(16)  NOT NULL,
    attempts   INTEGER      NOT NULL,
    created_at BIGINT       NOT NULL,
    last_error VARCHAR(500),
    PRIMARY KEY (bot_id, seq)
);
