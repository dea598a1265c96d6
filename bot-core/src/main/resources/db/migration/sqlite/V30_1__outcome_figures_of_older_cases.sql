-- Fills V30's columns for cases stored before it. Amounts are stored at the currency's scale ("8.00", "500"), so
-- dropping the point gives the minor units; instants are Instants text, which unixepoch reads.
UPDATE dispute_case SET
    order_currency = json_extract(facts, '$.orderAmount.currency'),
    order_minor = CAST(REPLACE(json_extract(facts, '$.orderAmount.amount'), '.', '') AS INTEGER);
UPDATE dispute_case SET
    first_offer_secs = unixepoch(first_offer_at) - unixepoch(opened_at),
    missed_offer = CASE WHEN due_at IS NOT NULL AND due_at <> 9223372036854775807
        AND due_at < CAST(unixepoch(first_offer_at, 'subsec') * 1000 AS INTEGER) THEN 1 ELSE 0 END
    WHERE first_offer_at IS NOT NULL;
UPDATE dispute_case SET
    close_secs = unixepoch(closed_at) - unixepoch(opened_at),
    missed_close = CASE WHEN due_at IS NOT NULL AND due_at <> 9223372036854775807
        AND due_at < CAST(unixepoch(closed_at, 'subsec') * 1000 AS INTEGER) THEN 1 ELSE 0 END
    WHERE state = 'closed' AND closed_at IS NOT NULL;
