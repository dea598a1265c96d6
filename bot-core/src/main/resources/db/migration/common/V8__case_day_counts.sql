-- /stats without reading a row per case: per team and UTC day a case was opened, how many of its cases are in
-- each state, outcome, reason, marketplace, owner and refund currency (with the refunded sum in minor units).
-- Each facet is counted on its own, as /stats shows each on its own, so a day holds a few dozen rows however
-- many cases were opened on it. The case store keeps it in the transaction of every case create and update;
-- /stats adds up whole days here and reads only the cases of the period's first, partial day.
--   facet   state | outcome | reason | marketplace | owner | refunded | reship-cost
--   value   the state, outcome, reason code, marketplace id, owner key or currency code
--   cases   cases opened that day with that value now
--   refunded_minor   for facets refunded and reship-cost: the sum of those cases' refunds (or, for a reshipped
--                    case, what the reship cost) in the currency's minor unit; else 0
CREATE TABLE case_day_count (
    team           VARCHAR(100) NOT NULL,
    day            VARCHAR(10)  NOT NULL,
    facet          VARCHAR(20)  NOT NULL,
    value          TEXT         NOT NULL,
    cases          BIGINT       NOT NULL,
    refunded_minor BIGINT       NOT NULL,
    PRIMARY KEY (team, day, facet, value)
);

-- the cases stored before this table, counted once (day = the date part of the opened_at text, in UTC)
INSERT INTO case_day_count (team, day, facet, value, cases, refunded_minor)
SELECT team, SUBSTR(opened_at, 1, 10), 'state', state, COUNT(*), 0 FROM dispute_case
    GROUP BY team, SUBSTR(opened_at, 1, 10), state
UNION ALL
SELECT team, SUBSTR(opened_at, 1, 10), 'outcome', outcome, COUNT(*), 0 FROM dispute_case WHERE outcome IS NOT NULL
    GROUP BY team, SUBSTR(opened_at, 1, 10), outcome
UNION ALL
SELECT team, SUBSTR(opened_at, 1, 10), 'reason', reason, COUNT(*), 0 FROM dispute_case WHERE reason IS NOT NULL
    GROUP BY team, SUBSTR(opened_at, 1, 10), reason
UNION ALL
SELECT team, SUBSTR(opened_at, 1, 10), 'marketplace', marketplace, COUNT(*), 0 FROM dispute_case
    GROUP BY team, SUBSTR(opened_at, 1, 10), marketplace
UNION ALL
SELECT team, SUBSTR(opened_at, 1, 10), 'owner', owner_key, COUNT(*), 0 FROM dispute_case WHERE owner_key IS NOT NULL
    GROUP BY team, SUBSTR(opened_at, 1, 10), owner_key
UNION ALL
SELECT team, SUBSTR(opened_at, 1, 10), 'refunded', refunded_currency, COUNT(*), SUM(refunded_minor) FROM dispute_case
    WHERE refunded_currency IS NOT NULL AND refunded_minor IS NOT NULL AND (outcome IS NULL OR outcome <> 'reshipped')
    GROUP BY team, SUBSTR(opened_at, 1, 10), refunded_currency
UNION ALL
SELECT team, SUBSTR(opened_at, 1, 10), 'reship-cost', refunded_currency, COUNT(*), SUM(refunded_minor) FROM dispute_case
    WHERE refunded_currency IS NOT NULL AND refunded_minor IS NOT NULL AND outcome = 'reshipped'
    GROUP BY team, SUBSTR(opened_at, 1, 10), refunded_currency;
