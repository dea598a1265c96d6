-- Fills V4's reason and buyer_key of cases stored before them, from the facts JSON.
UPDATE dispute_case SET reason = json_extract(facts, '$.reason'),
                        buyer_key = LOWER(COALESCE(json_extract(facts, '$.buyer'), ''));
