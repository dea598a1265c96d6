-- /stats outcome figures: what a case's order was worth, how long the team took, and whether the platform's
-- deadline passed first. Kept by the case store on every create and update (see CaseTimes); the vendor migration
-- V30_1 fills them for cases stored before this version.
--   order_currency, order_minor  the order amount of the facts, in the currency's minor unit (like refunded_minor)
--   first_offer_at               when the first offer went out (Instants text)
--   first_offer_secs             seconds from the opening to the first offer
--   close_secs                   seconds from the opening to the close, while the case is closed
--   missed_offer                 1 when the recorded deadline (due_at) had passed when the first offer went out
--   missed_close                 1 when it had passed when the case was closed (0 otherwise, NULL until then)
ALTER TABLE dispute_case ADD COLUMN order_currency VARCHAR(3);
ALTER TABLE dispute_case ADD COLUMN order_minor BIGINT;
ALTER TABLE dispute_case ADD COLUMN first_offer_at VARCHAR(40);
ALTER TABLE dispute_case ADD COLUMN first_offer_secs BIGINT;
ALTER TABLE dispute_case ADD COLUMN close_secs BIGINT;
ALTER TABLE dispute_case ADD COLUMN missed_offer INTEGER;
ALTER TABLE dispute_case ADD COLUMN missed_close INTEGER;

UPDATE dispute_case SET first_offer_at = (SELECT MIN(t.at) FROM case_timeline t
        WHERE t.case_id = dispute_case.id AND t.kind = 'offer');

-- /stats outcome figures and their medians: one pass over the period's index entries, no table rows read
CREATE INDEX dispute_case_outcomes ON dispute_case (team, opened_at, marketplace, reason, owner_key, state, outcome,
    order_currency, order_minor, refunded_minor, missed_offer, missed_close, first_offer_secs, close_secs);
