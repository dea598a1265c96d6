-- A case runs several marketplace clocks at once (answer the request, the platform stepping in, ship an agreed
-- return); its deadline reminders are per clock.
--   clock_id   the marketplace clock a lead warning or overdue alert is about ("respond"); NULL for follow-ups and
--              digests, and for rows planned before this version: those stand for the case's nearest running
--              clock, as the single deadline did, until the case next changes and its rows are planned per clock
--   clock_due  when that clock ran out when the row was planned (epoch milliseconds): a restarted clock has
--              another end, so its rows are planned again
ALTER TABLE reminders ADD COLUMN clock_id VARCHAR(100);
ALTER TABLE reminders ADD COLUMN clock_due BIGINT;
