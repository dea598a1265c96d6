-- The command set each platform scope (Discord globally, or one Discord guild) was last given, as a hash, so that
-- of several bot processes only one publishes it, and only when it changed.
CREATE TABLE published_commands (
    scope VARCHAR(200) PRIMARY KEY,
    hash  VARCHAR(64)  NOT NULL
);
