-- Columns that make /stats, /cases and /find single indexed queries instead of reading the facts JSON of every
-- case. Kept up to date by the case store on every create and update.
--   reason          the facts' reason code (V5 fills it for older rows from the JSON)
--   refunded_minor  refunded_amount in the currency's minor unit (cents), so SUM is exact on both databases
--   closed_at       when the case was closed (Instants text), for /cases closed and its date range
--   due_at          the running response deadline, epoch milliseconds; NULL until the remedy engine told it,
--                   9223372036854775807 when it cannot tell (sorts last)
--   order_key       order id, lower-case: exact and prefix search
--   buyer_key       buyer name, lower-case: exact and prefix search (V5 fills it for older rows)
ALTER TABLE dispute_case ADD COLUMN reason VARCHAR(50);
ALTER TABLE dispute_case ADD COLUMN refunded_minor BIGINT;
ALTER TABLE dispute_case ADD COLUMN closed_at VARCHAR(40);
ALTER TABLE dispute_case ADD COLUMN due_at BIGINT;
ALTER TABLE dispute_case ADD COLUMN order_key VARCHAR(100);
ALTER TABLE dispute_case ADD COLUMN buyer_key VARCHAR(200);

-- amounts are stored at the currency's scale ("8.00", "500"), so dropping the point gives the minor units
UPDATE dispute_case SET refunded_minor = CAST(REPLACE(refunded_amount, '.', '') AS BIGINT)
    WHERE refunded_amount IS NOT NULL;
UPDATE dispute_case SET closed_at = COALESCE(
        (SELECT MAX(t.at) FROM case_timeline t WHERE t.case_id = dispute_case.id AND t.kind = 'closed'), opened_at)
    WHERE state = 'closed';
UPDATE dispute_case SET order_key = LOWER(order_id);

-- /stats: one pass over the period's index entries, no table rows read
CREATE INDEX dispute_case_figures ON dispute_case
    (team, opened_at, state, outcome, reason, marketplace, refunded_currency, refunded_minor);
CREATE INDEX dispute_case_owners ON dispute_case (team, opened_at, owner_key);
-- /cases by urgency: most urgent first straight from the index, per filter
CREATE INDEX dispute_case_open_due ON dispute_case (team, due_at, number) WHERE state <> 'closed';
CREATE INDEX dispute_case_awaiting_due ON dispute_case (team, due_at, number) WHERE state = 'awaiting';
CREATE INDEX dispute_case_mine_due ON dispute_case (team, owner_key, due_at, number) WHERE state <> 'closed';
CREATE INDEX dispute_case_closed_at ON dispute_case (team, closed_at, number) WHERE state = 'closed';
-- /find and autocomplete over open cases: exact and prefix by range on the lower-case keys
CREATE INDEX dispute_case_open_order_key ON dispute_case (team, order_key, number) WHERE state <> 'closed';
CREATE INDEX dispute_case_open_buyer_key ON dispute_case (team, buyer_key, number) WHERE state <> 'closed';
-- the start-up backfill of deadlines finds the rows still without one at once
CREATE INDEX dispute_case_due_unknown ON dispute_case (due_at) WHERE due_at IS NULL AND state <> 'closed';
-- (team, state) served the old in-memory lists; the partial indexes above answer every state question now, and
-- the planner no longer picks it over them for counts
DROP INDEX dispute_case_state;
