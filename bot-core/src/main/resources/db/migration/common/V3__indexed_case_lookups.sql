-- Every case lookup is one index search whose plan does not hang on table statistics.
-- The newest case of an order id: the index carries the number, so the ORDER BY needs no walk of (team, number).
DROP INDEX dispute_case_order;
CREATE INDEX dispute_case_order_number ON dispute_case (team, order_id, number);
-- Cases not closed, newest first: only the open rows are indexed, so the list never passes closed cases.
-- Queries must spell the predicate with the literal 'closed' for either database to pick this index.
CREATE INDEX dispute_case_open_number ON dispute_case (team, number) WHERE state <> 'closed';
