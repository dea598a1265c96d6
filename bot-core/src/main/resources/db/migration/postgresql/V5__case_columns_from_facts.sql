-- Search keys compare byte by byte (as SQLite's do), so a prefix range on them is exactly "starts with" and the
-- btree index answers it under any database locale; member text has no upper length here.
ALTER TABLE dispute_case ALTER COLUMN order_key TYPE TEXT COLLATE "C";
ALTER TABLE dispute_case ALTER COLUMN buyer_key TYPE TEXT COLLATE "C";
-- Fills V4's reason and buyer_key of cases stored before them, from the facts JSON.
UPDATE dispute_case SET reason = CAST(facts AS json) ->> 'reason',
                        buyer_key = LOWER(COALESCE(CAST(facts AS json) ->> 'buyer', ''));
