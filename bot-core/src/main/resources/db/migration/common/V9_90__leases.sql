-- Jobs only one process may run at a time (polling Telegram for a bot): who holds each and until when.
CREATE TABLE leases (
    name     VARCHAR(200) PRIMARY KEY,
    holder   VARCHAR(200) NOT NULL,
    until_ms BIGINT       NOT NULL
);
