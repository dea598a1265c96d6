-- Fills V30's columns for cases stored before it. Amounts are stored at the currency's scale ("8.00", "500"), so
-- dropping the point gives the minor units; instants are Instants text, which timestamptz reads.
UPDATE dispute_case SET
    order_currency = CAST(facts AS json) -> 'orderAmount' ->> 'currency',
    order_minor = CAST(REPLACE(CAST(facts AS json) -> 'orderAmount' ->> 'amount', '.', '') AS BIGINT);
UPDATE dispute_case SET
    first_offer_secs = CAST(FLOOR(EXTRACT(EPOCH FROM CAST(first_offer_at AS timestamptz)))
        - FLOOR(EXTRACT(EPOCH FROM CAST(opened_at AS timestamptz))) AS BIGINT),
    missed_offer = CASE WHEN due_at IS NOT NULL AND due_at <> 9223372036854775807
        AND due_at < EXTRACT(EPOCH FROM CAST(first_offer_at AS timestamptz)) * 1000 THEN 1 ELSE 0 END
    WHERE first_offer_at IS NOT NULL;
UPDATE dispute_case SET
    close_secs = CAST(FLOOR(EXTRACT(EPOCH FROM CAST(closed_at AS timestamptz)))
        - FLOOR(EXTRACT(EPOCH FROM CAST(opened_at AS timestamptz))) AS BIGINT),
    missed_close = CASE WHEN due_at IS NOT NULL AND due_at <> 9223372036854775807
        AND due_at < EXTRACT(EPOCH FROM CAST(closed_at AS timestamptz)) * 1000 THEN 1 ELSE 0 END
    WHERE state = 'closed' AND closed_at IS NOT NULL;
