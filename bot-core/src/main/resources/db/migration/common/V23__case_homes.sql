-- A case's home: the thread or topic opened for it, and the chat it was opened in (where it lives again if the
-- thread is deleted). One row per case; place_key (the place's ChatRef key) finds the case of a thread.
-- Portable SQL (SQLite and PostgreSQL).
CREATE TABLE IF NOT EXISTS case_home (
    team_id         VARCHAR(64)  NOT NULL,
    case_number     INTEGER      NOT NULL,
    place_key       VARCHAR(200) NOT NULL,
    place_platform  VARCHAR(16)  NOT NULL,
    place_chat      VARCHAR(100) NOT NULL,
    place_thread    VARCHAR(100) NOT NULL,
    origin_platform VARCHAR(16)  NOT NULL,
    origin_chat     VARCHAR(100) NOT NULL,
    origin_thread   VARCHAR(100),
    PRIMARY KEY (team_id, case_number)
);
CREATE INDEX IF NOT EXISTS case_home_place ON case_home (place_key);
