-- /find and autocomplete look for text anywhere inside the order ids and buyer names of every open case: an FTS5
-- index of their three-letter pieces (trigram tokenizer) answers "contains" for typed text of three letters or
-- more. Contentless (the case table holds the text), keyed by the case id, and only open cases are in it; the
-- triggers keep it in step with every write, so no code path can forget it.
CREATE VIRTUAL TABLE case_search USING fts5(order_key, buyer_key, content='', tokenize='trigram');

CREATE TRIGGER case_search_opened AFTER INSERT ON dispute_case WHEN new.state <> 'closed'
BEGIN
    INSERT INTO case_search (rowid, order_key, buyer_key) VALUES (new.id, new.order_key, new.buyer_key);
END;

-- a contentless index forgets a row by being told the exact text it indexed
CREATE TRIGGER case_search_changed AFTER UPDATE OF state, order_key, buyer_key ON dispute_case
    WHEN (old.state = 'closed') <> (new.state = 'closed') OR old.order_key IS NOT new.order_key
        OR old.buyer_key IS NOT new.buyer_key
BEGIN
    INSERT INTO case_search (case_search, rowid, order_key, buyer_key)
        SELECT 'delete', old.id, old.order_key, old.buyer_key WHERE old.state <> 'closed';
    INSERT INTO case_search (rowid, order_key, buyer_key)
        SELECT new.id, new.order_key, new.buyer_key WHERE new.state <> 'closed';
END;

CREATE TRIGGER case_search_deleted AFTER DELETE ON dispute_case WHEN old.state <> 'closed'
BEGIN
    INSERT INTO case_search (case_search, rowid, order_key, buyer_key)
        VALUES ('delete', old.id, old.order_key, old.buyer_key);
END;

INSERT INTO case_search (rowid, order_key, buyer_key)
    SELECT id, order_key, buyer_key FROM dispute_case WHERE state <> 'closed';
