-- Telegram's outbox is shared by several processes like delivery_outbox (core V27_1): each pending row is sent by
-- the process holding its claim, and a killed process's rows go to another once the claim runs out. Any process
-- can post to Telegram, so shard stays 0. Portable SQL.
ALTER TABLE telegram_outbox ADD COLUMN shard INTEGER NOT NULL DEFAULT 0;
ALTER TABLE telegram_outbox ADD COLUMN claimant VARCHAR(200);
ALTER TABLE telegram_outbox ADD COLUMN lease_until BIGINT;
CREATE INDEX telegram_outbox_by_state ON telegram_outbox (bot_id, state, seq);
