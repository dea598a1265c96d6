-- /find and autocomplete look for text anywhere inside the order ids and buyer names of every open case: trigram
-- indexes (pg_trgm, shipped with PostgreSQL and trusted, so the database owner may create it) answer LIKE '%...%'
-- for typed text of three letters or more. Partial, like the other open-case indexes: queries spell the predicate
-- with the literal 'closed'. fastupdate off: new cases go straight into the index rather than into a pending list
-- that the planner prices as a scan until the next VACUUM, so the indexes stay the planner's pick between vacuums.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX dispute_case_open_order_trgm ON dispute_case USING gin (order_key gin_trgm_ops)
    WITH (fastupdate = off) WHERE state <> 'closed';
CREATE INDEX dispute_case_open_buyer_trgm ON dispute_case USING gin (buyer_key gin_trgm_ops)
    WITH (fastupdate = off) WHERE state <> 'closed';
