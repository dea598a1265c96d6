-- The daily digest per chat: a digest that reached one of a team's chats is not sent there again when another chat
-- failed and the digest is retried. One row per team, chat and local day. Portable SQL (SQLite and PostgreSQL).
CREATE TABLE IF NOT EXISTS digest_delivery (
    team_id  VARCHAR(64)  NOT NULL,
    chat_key VARCHAR(200) NOT NULL,
    day      VARCHAR(10)  NOT NULL,
    sent_at  BIGINT       NOT NULL,
    PRIMARY KEY (team_id, chat_key, day)
);
