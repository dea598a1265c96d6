-- Settings a member makes for themselves in a team, one row per setting (/settings dm-reminders on|off).
CREATE TABLE member_settings (
    team       VARCHAR(100) NOT NULL,
    member_key VARCHAR(200) NOT NULL,
    name       VARCHAR(64)  NOT NULL,
    value      VARCHAR(200) NOT NULL,
    PRIMARY KEY (team, member_key, name)
);
