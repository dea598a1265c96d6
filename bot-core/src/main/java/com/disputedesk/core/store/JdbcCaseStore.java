package com.disputedesk.core.store;

import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Cases in the {@code dispute_case} table (facts as JSON plus the columns queries filter on) and their
 * append-only timeline in {@code case_timeline}.
 *
 * <p>Ids and numbers per team come from {@link Jdbc.Tx#next(String)} inside the creating transaction, so two
 * processes on one PostgreSQL (or one SQLite file) never hand out the same number, and a create that fails
 * leaves no gap. {@link #update} stores state, owner, outcome, refunded amount and facts
 * only if the version it read is still the stored one.
 */
final class JdbcCaseStore implements CaseStore {
    static final String COLUMNS = "id, team, number, state, owner_key, owner_name, home_platform, home_chat,"
            + " home_thread, opened_at, outcome, refunded_amount, refunded_currency, facts, version";
    /** Not closed, in the literal the partial indexes are declared with (a bound parameter would not match them). */
    static final String NOT_CLOSED = "state <> '" + CaseState.CLOSED.code() + "'";

    // The lookups, each one index search (CaseQueryPlansTest pins the plans): (team, number) is unique;
    // (team, order_id, number) serves the newest case of an order id; dispute_case_open_number lists open cases.
    static final String BY_NUMBER = "SELECT " + COLUMNS + " FROM dispute_case WHERE team = ? AND number = ?";
    static final String BY_ORDER_ID = "SELECT " + COLUMNS + " FROM dispute_case WHERE team = ? AND order_id = ?"
            + " ORDER BY number DESC LIMIT 1";
    static final String FOR_ORDER = "SELECT " + COLUMNS + " FROM dispute_case WHERE team = ? AND order_id = ?"
            + " AND marketplace = ? ORDER BY number DESC LIMIT 1";
    /** The open case holding an order, through the unique index that allows one. */
    static final String OPEN_FOR_ORDER = "SELECT number FROM dispute_case WHERE team = ? AND marketplace = ?"
            + " AND order_id = ? AND " + NOT_CLOSED + " AND duplicate_of IS NULL";
    static final String OPEN_NEWEST = "SELECT " + COLUMNS + " FROM dispute_case WHERE team = ? AND " + NOT_CLOSED
            + " ORDER BY number DESC LIMIT ?";
    static final String ALL_NEWEST = "SELECT " + COLUMNS + " FROM dispute_case WHERE team = ?"
            + " ORDER BY number DESC LIMIT ?";

    private static final String COUNTED_AT_VERSION = "SELECT " + CaseDayCounts.COLUMNS
            + " FROM dispute_case WHERE id = ? AND version = ?";
    private static final String UPDATE = "UPDATE dispute_case SET state = ?, owner_key = ?, owner_name = ?,"
            + " outcome = ?, refunded_amount = ?, refunded_currency = ?, refunded_minor = ?, facts = ?, order_id = ?,"
            + " marketplace = ?, reason = ?, order_key = ?, buyer_key = ?,"
            + " closed_at = CASE WHEN state = ? THEN closed_at ELSE ? END,"
            // a case closed stops being the duplicate an older database kept (migration V7_1)
            + " duplicate_of = CASE WHEN ? = '" + CaseState.CLOSED.code() + "' THEN NULL ELSE duplicate_of END,"
            + " version = version + 1 WHERE id = ? AND version = ?";

    private final Jdbc jdbc;

    JdbcCaseStore(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public DisputeCase create(NewCase c, List<TimelineEntry> firstEntries) {
        Objects.requireNonNull(c, "newCase");
        List<TimelineEntry> entries = List.copyOf(firstEntries);
        return oneOpenPerOrder(c.team(), c.facts().marketplace(), c.facts().orderId(), () -> insert(c, entries));
    }

    private DisputeCase insert(NewCase c, List<TimelineEntry> entries) {
        return jdbc.inTransaction(tx -> {
            // the counter's update takes the write lock first (SQLite) so the check below sees every commit
            int number = Math.toIntExact(tx.next("case-number:" + c.team()));
            requireNoOpenCase(tx, c.team(), c.facts().marketplace(), c.facts().orderId(), -1);
            long id = tx.next("case");
            DisputeCase created = new DisputeCase(id, c.team(), new CaseNumber(number), c.facts(), CaseState.OPEN,
                    Optional.of(c.openedBy()), c.home(), c.openedAt(), Optional.empty(), Optional.empty(), 1);
            tx.update("INSERT INTO dispute_case (id, team, number, order_id, marketplace, state, owner_key,"
                            + " owner_name, home_platform, home_chat, home_thread, opened_at, outcome, refunded_amount,"
                            + " refunded_currency, facts, version, timeline_seq, reason, order_key, buyer_key,"
                            + " order_currency, order_minor)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id, c.team(), number, c.facts().orderId(), c.facts().marketplace(), CaseState.OPEN.code(),
                    c.openedBy().key(), c.openedBy().displayName(), platformCode(c.home().platform()),
                    c.home().chatId(), c.home().threadId(), Instants.format(c.openedAt()), null, null, null,
                    FactsJson.write(c.facts()), 1L, 0, c.facts().reason().code(), SearchKey.of(c.facts().orderId()),
                    SearchKey.of(c.facts().buyer()), c.facts().orderAmount().currency().getCurrencyCode(),
                    minor(c.facts().orderAmount()));
            CaseDayCounts.created(tx, c.team(), counted(created));
            for (TimelineEntry e : entries) {
                append(tx, id, e);
            }
            return created;
        });
    }

    @Override
    public Optional<DisputeCase> byNumber(String team, CaseNumber number) {
        return jdbc.queryOne(BY_NUMBER, JdbcCaseStore::read, team, number.value());
    }

    @Override
    public Optional<DisputeCase> byOrderId(String team, String orderId) {
        return jdbc.queryOne(BY_ORDER_ID, JdbcCaseStore::read, team, orderId);
    }

    @Override
    public Optional<DisputeCase> forOrder(String team, String marketplace, String orderId) {
        return jdbc.queryOne(FOR_ORDER, JdbcCaseStore::read, team, orderId, marketplace);
    }

    /**
     * Runs a write that must leave at most one open case per order. The check inside the write refuses what it
     * sees; when two writers pass it at once (PostgreSQL), the unique index refuses the second, and that refusal
     * is told the same way once the other case is visible.
     */
    private DisputeCase oneOpenPerOrder(String team, String marketplace, String orderId,
                                        Supplier<DisputeCase> write) {
        try {
            return write.get();
        } catch (StoreException e) {
            Optional<Integer> open = jdbc.queryOne(OPEN_FOR_ORDER, rs -> rs.getInt(1), team, marketplace, orderId);
            if (open.isPresent()) {
                throw new OrderAlreadyOpen(new CaseNumber(open.get()));
            }
            throw e;
        }
    }

    /** Whether the stored case is closed: an update to another state opens it again. */
    private static boolean reopening(Jdbc.Tx tx, long id) {
        return tx.queryOne("SELECT state FROM dispute_case WHERE id = ?", rs -> rs.getString(1), id)
                .map(state -> state.equals(CaseState.CLOSED.code())).orElse(false);
    }

    private static void requireNoOpenCase(Jdbc.Tx tx, String team, String marketplace, String orderId, int self) {
        Optional<Integer> open = tx.queryOne(OPEN_FOR_ORDER, rs -> rs.getInt(1), team, marketplace, orderId);
        if (open.isPresent() && open.get() != self) {
            throw new OrderAlreadyOpen(new CaseNumber(open.get()));
        }
    }

    @Override
    public List<DisputeCase> open(String team, int limit) {
        return jdbc.query(OPEN_NEWEST, JdbcCaseStore::read, team, limit(limit));
    }

    @Override
    public List<DisputeCase> all(String team, int limit) {
        return jdbc.query(ALL_NEWEST, JdbcCaseStore::read, team, limit(limit));
    }

    @Override
    public DisputeCase update(DisputeCase u, TimelineEntry entry) {
        Objects.requireNonNull(entry, "entry");
        return oneOpenPerOrder(u.team(), u.facts().marketplace(), u.facts().orderId(), () -> write(u, entry));
    }

    private DisputeCase write(DisputeCase u, TimelineEntry entry) {
        return jdbc.inTransaction(tx -> {
            if (u.state() != CaseState.CLOSED && reopening(tx, u.id())) {
                requireNoOpenCase(tx, u.team(), u.facts().marketplace(), u.facts().orderId(), u.number().value());
            }
            // what the case counted for in /stats before: read at the version the update must still find
            Optional<CaseDayCounts.Counted> before = tx.queryOne(COUNTED_AT_VERSION, CaseDayCounts.Counted::read,
                    u.id(), u.version());
            Optional<CaseTimes.Stored> times = tx.queryOne("SELECT " + CaseTimes.COLUMNS
                    + " FROM dispute_case WHERE id = ?", CaseTimes.Stored::read, u.id());
            int changed = before.isEmpty() ? 0 : tx.update(UPDATE,
                    u.state().code(), u.owner().map(Member::key), u.owner().map(Member::displayName),
                    u.outcome().map(Outcome::code), u.refunded().map(m -> m.amount().toPlainString()),
                    u.refunded().map(m -> m.currency().getCurrencyCode()), u.refunded().map(JdbcCaseStore::minor),
                    FactsJson.write(u.facts()), u.facts().orderId(), u.facts().marketplace(),
                    u.facts().reason().code(), SearchKey.of(u.facts().orderId()), SearchKey.of(u.facts().buyer()),
                    CaseState.CLOSED.code(),
                    u.state() == CaseState.CLOSED ? Optional.of(Instants.format(entry.at())) : Optional.empty(),
                    u.state().code(), u.id(), u.version());
            if (changed == 0) {
                throw new ConcurrentCaseUpdate("case " + u.team() + " " + u.number() + " changed since version "
                        + u.version() + " was read");
            }
            CaseDayCounts.changed(tx, u.team(), before.get(), counted(u));
            CaseTimes.changed(tx, times.orElseThrow(), u, entry);
            append(tx, u.id(), entry);
            return tx.queryOne("SELECT " + COLUMNS + " FROM dispute_case WHERE id = ?", JdbcCaseStore::read, u.id())
                    .orElseThrow();
        });
    }

    @Override
    public void append(long caseId, TimelineEntry entry) {
        Objects.requireNonNull(entry, "entry");
        jdbc.useTransaction(tx -> append(tx, caseId, entry));
    }

    private static void append(Jdbc.Tx tx, long caseId, TimelineEntry e) {
        // bumping the case row's counter locks the row, so concurrent appends to one case queue up
        int seq = tx.queryOne("UPDATE dispute_case SET timeline_seq = timeline_seq + 1 WHERE id = ?"
                + " RETURNING timeline_seq", rs -> rs.getInt(1), caseId)
                .orElseThrow(() -> new IllegalArgumentException("no case with id " + caseId));
        tx.update("INSERT INTO case_timeline (case_id, seq, at, actor, kind, text) VALUES (?, ?, ?, ?, ?, ?)",
                caseId, seq, Instants.format(e.at()), e.actor(), e.kind().code(), e.text());
    }

    @Override
    public List<TimelineEntry> timeline(long caseId) {
        return jdbc.query("SELECT at, actor, kind, text FROM case_timeline WHERE case_id = ? ORDER BY seq",
                rs -> new TimelineEntry(Instants.parse(rs.getString(1)), rs.getString(2),
                        code(TimelineEntry.Kind.class, rs.getString(3)), rs.getString(4)), caseId);
    }

    /** The columns the update or create writes, as /stats counts them. */
    private static CaseDayCounts.Counted counted(DisputeCase c) {
        return new CaseDayCounts.Counted(Instants.format(c.openedAt()), c.state().code(),
                c.outcome().map(Outcome::code),
                Optional.of(c.facts().reason().code()), c.facts().marketplace(), c.owner().map(Member::key),
                c.refunded().map(m -> m.currency().getCurrencyCode()), c.refunded().map(JdbcCaseStore::minor));
    }

    /** An amount in its currency's minor unit: 8.00 USD is 800, 500 JPY is 500. */
    static long minor(Money m) {
        return m.amount().movePointRight(m.amount().scale()).longValueExact();
    }

    private static int limit(int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit cannot be negative");
        }
        return limit;
    }

    static DisputeCase read(ResultSet rs) throws SQLException {
        Optional<Member> owner = Optional.ofNullable(rs.getString("owner_key"))
                .map(key -> member(key, rs));
        ChatRef home = new ChatRef(platform(rs.getString("home_platform")), rs.getString("home_chat"),
                Optional.ofNullable(rs.getString("home_thread")));
        String refundedAmount = rs.getString("refunded_amount");
        Optional<Money> refunded = refundedAmount == null ? Optional.empty()
                : Optional.of(Money.of(refundedAmount, rs.getString("refunded_currency")));
        return new DisputeCase(rs.getLong("id"), rs.getString("team"), new CaseNumber(rs.getInt("number")),
                FactsJson.read(rs.getString("facts")), code(CaseState.class, rs.getString("state")), owner, home,
                Instants.parse(rs.getString("opened_at")),
                Optional.ofNullable(rs.getString("outcome")).map(o -> code(Outcome.class, o)), refunded,
                rs.getLong("version"));
    }

    private static Member member(String key, ResultSet rs) {
        int colon = key.indexOf(':');
        try {
            return new Member(platform(key.substring(0, colon)), key.substring(colon + 1), rs.getString("owner_name"));
        } catch (SQLException e) {
            throw new StoreException("owner name unreadable", e);
        }
    }

    private static String platformCode(Platform p) {
        return p.name().toLowerCase(Locale.ROOT);
    }

    private static Platform platform(String code) {
        return Platform.valueOf(code.toUpperCase(Locale.ROOT));
    }

    private static <E extends Enum<E> & Coded> E code(Class<E> type, String code) {
        return Coded.parse(type, code).orElseThrow(() ->
                new IllegalStateException("stored " + type.getSimpleName() + " code '" + code + "' is unknown"));
    }
}
