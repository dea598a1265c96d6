-- One durable outbox for every platform but Telegram (whose telegram_outbox of V10 has the same columns), and the
-- refusal notices already given. Portable SQL (SQLite and PostgreSQL).

-- Messages owed to a platform, kept until it has taken them; state 'failed' keeps those refused or given up, with
-- the reason in last_error. bot_id names the platform and the bot ("discord:1000").
CREATE TABLE IF NOT EXISTS delivery_outbox (
    bot_id     VARCHAR(64)  NOT NULL,
    seq        BIGINT       NOT NULL,
    chat_id    BIGINT       NOT NULL,
    payload    TEXT         NOT NULL,
    state      VARCHAR(16)  NOT NULL,
    attempts   INTEGER      NOT NULL,
    created_at BIGINT       NOT NULL,
    last_error VARCHAR(500),
    PRIMARY KEY (bot_id, seq)
);

-- A team is told once that the bot cannot post in a place, per place and reason; the row goes when a message gets
-- through there again, so a later refusal is told again.
CREATE TABLE IF NOT EXISTS delivery_notice (
    place_key VARCHAR(200) NOT NULL,
    reason    VARCHAR(32)  NOT NULL,
    told_at   BIGINT       NOT NULL,
    PRIMARY KEY (place_key, reason)
);
