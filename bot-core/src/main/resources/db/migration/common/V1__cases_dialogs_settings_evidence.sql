-- Core schema. Portable between SQLite and PostgreSQL: no identity columns (ids come from the counter table),
-- no NUMERIC (SQLite would turn it into a float; money is a decimal string plus a currency code),
-- instants as fixed-width UTC text (see Instants), booleans avoided.

-- Named counters: case ids ("case") and case numbers per team ("case-number:<team>"). Incremented with an
-- INSERT ... ON CONFLICT DO UPDATE ... RETURNING, which is atomic in both databases.
CREATE TABLE counter (
    name       VARCHAR(200) NOT NULL PRIMARY KEY,
    last_value BIGINT       NOT NULL
);

CREATE TABLE dispute_case (
    id                BIGINT       NOT NULL PRIMARY KEY,
    team              VARCHAR(100) NOT NULL,
    number            INTEGER      NOT NULL,
    order_id          VARCHAR(100) NOT NULL,
    marketplace       VARCHAR(50)  NOT NULL,
    state             VARCHAR(20)  NOT NULL,
    owner_key         VARCHAR(200),
    owner_name        VARCHAR(200),
    home_platform     VARCHAR(20)  NOT NULL,
    home_chat         VARCHAR(200) NOT NULL,
    home_thread       VARCHAR(200),
    opened_at         VARCHAR(40)  NOT NULL,
    outcome           VARCHAR(30),
    refunded_amount   VARCHAR(40),
    refunded_currency VARCHAR(3),
    facts             TEXT         NOT NULL,
    version           BIGINT       NOT NULL,
    -- the last timeline sequence number used; bumped under the row's lock so appends never collide
    timeline_seq      INTEGER      NOT NULL,
    CONSTRAINT dispute_case_team_number UNIQUE (team, number)
);
CREATE INDEX dispute_case_order ON dispute_case (team, order_id);
CREATE INDEX dispute_case_state ON dispute_case (team, state);
CREATE INDEX dispute_case_owner ON dispute_case (owner_key);
CREATE INDEX dispute_case_opened ON dispute_case (opened_at);

CREATE TABLE case_timeline (
    case_id BIGINT       NOT NULL REFERENCES dispute_case (id),
    seq     INTEGER      NOT NULL,
    at      VARCHAR(40)  NOT NULL,
    actor   VARCHAR(300) NOT NULL,
    kind    VARCHAR(20)  NOT NULL,
    text    TEXT         NOT NULL,
    PRIMARY KEY (case_id, seq)
);

CREATE TABLE dialog (
    dialog_key VARCHAR(500) NOT NULL PRIMARY KEY,
    dialog_id  VARCHAR(100) NOT NULL,
    state      TEXT         NOT NULL,
    updated_at VARCHAR(40)  NOT NULL
);
CREATE INDEX dialog_updated ON dialog (updated_at);

CREATE TABLE team_setting (
    team  VARCHAR(100) NOT NULL,
    name  VARCHAR(100) NOT NULL,
    value TEXT         NOT NULL,
    PRIMARY KEY (team, name)
);

CREATE TABLE evidence (
    case_id    BIGINT        NOT NULL REFERENCES dispute_case (id),
    file_name  VARCHAR(300)  NOT NULL,
    media_type VARCHAR(200)  NOT NULL,
    size_bytes BIGINT        NOT NULL,
    sha256     VARCHAR(64)   NOT NULL,
    path       VARCHAR(1000) NOT NULL,
    stored_at  VARCHAR(40)   NOT NULL,
    PRIMARY KEY (case_id, file_name)
);
