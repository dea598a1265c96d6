-- Reminders are rows, not timers: the scheduler asks for the earliest due row and sleeps until then.
-- Times are epoch milliseconds (portable, ordered, and compared with one integer index lookup).
-- state: PENDING (waiting for due_at), CLAIMED (taken by the scheduler named in claimant until lease_until),
-- SENT (a one-shot reminder went out; a snooze from its buttons brings it back), DONE (stopped for good).
CREATE TABLE reminders (
    id           VARCHAR(200) NOT NULL PRIMARY KEY,
    team         VARCHAR(100) NOT NULL,
    case_id      BIGINT       NOT NULL,
    case_number  INTEGER      NOT NULL,
    kind         VARCHAR(16)  NOT NULL,
    lead_minutes BIGINT       NOT NULL,
    due_at       BIGINT       NOT NULL,
    state        VARCHAR(8)   NOT NULL,
    attempts     INTEGER      NOT NULL,
    claimant     VARCHAR(100),
    lease_until  BIGINT,
    last_error   VARCHAR(500)
);

CREATE INDEX reminders_by_state_due ON reminders (state, due_at);
CREATE INDEX reminders_by_case ON reminders (case_id);
CREATE INDEX reminders_by_claimant ON reminders (claimant);

-- Members who used the bot in a team, so /assign can name them by display name.
CREATE TABLE team_members (
    team         VARCHAR(100) NOT NULL,
    member_key   VARCHAR(200) NOT NULL,
    platform     VARCHAR(16)  NOT NULL,
    user_id      VARCHAR(128) NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    last_seen    BIGINT       NOT NULL,
    PRIMARY KEY (team, member_key)
);
