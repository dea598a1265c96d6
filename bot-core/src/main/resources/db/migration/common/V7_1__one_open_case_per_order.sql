-- One open case per marketplace order in a team: a second /new for the same marketplace and order id is refused
-- (or reopens the closed case), and this unique index holds it even when two members confirm at the same moment
-- from two bot processes. Both databases take a partial unique index.
--   duplicate_of  set on open cases that already shared their order with an older open case before this version
--                 (the oldest keeps the order); they stay as they are and are left out of the index. The case store
--                 clears it when such a case is closed, so reopening it later is checked like any other case.
ALTER TABLE dispute_case ADD COLUMN duplicate_of BIGINT;

UPDATE dispute_case SET duplicate_of = (
        SELECT MIN(o.id) FROM dispute_case o
        WHERE o.team = dispute_case.team AND o.marketplace = dispute_case.marketplace
          AND o.order_id = dispute_case.order_id AND o.state <> 'closed')
    WHERE state <> 'closed' AND id > (
        SELECT MIN(o.id) FROM dispute_case o
        WHERE o.team = dispute_case.team AND o.marketplace = dispute_case.marketplace
          AND o.order_id = dispute_case.order_id AND o.state <> 'closed');

CREATE UNIQUE INDEX dispute_case_one_open_order ON dispute_case (team, marketplace, order_id)
    WHERE state <> 'closed' AND duplicate_of IS NULL;
