-- The shared outbox serves several processes: each pending row is sent by the process holding its claim, and a
-- claim runs out unless renewed (a killed process's rows go to another). shard says which processes can serve
-- the row (Discord: the gateway shard of the guild; 0 where any process can). Portable SQL.
ALTER TABLE delivery_outbox ADD COLUMN shard INTEGER NOT NULL DEFAULT 0;
ALTER TABLE delivery_outbox ADD COLUMN claimant VARCHAR(200);
ALTER TABLE delivery_outbox ADD COLUMN lease_until BIGINT;
CREATE INDEX delivery_outbox_by_state ON delivery_outbox (bot_id, state, seq);
