package com.disputedesk.core.store;

import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.remind.Reminder;
import com.disputedesk.core.remind.ReminderKind;
import com.disputedesk.core.remind.ReminderStore;
import com.disputedesk.core.text.Cut;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * {@link ReminderStore} over JDBC (table {@code reminders}, migrations V20 and V21), portable between SQLite and
 * PostgreSQL. A claim is one conditional UPDATE: the WHERE clause repeats the "still due and unclaimed" test, so
 * of two schedulers racing for a row only one update touches it (SQLite serialises writers; PostgreSQL re-checks
 * the WHERE clause on the row after the other transaction commits). On PostgreSQL the claim's inner SELECT also
 * takes its rows {@code FOR UPDATE SKIP LOCKED}: claimants then never wait on each other's rows, so several
 * processes claiming and settling at once cannot deadlock.
 */
public final class JdbcReminderStore implements ReminderStore {
    private static final String COLUMNS =
            "id, team, case_id, case_number, kind, lead_minutes, due_at, attempts, clock_id, clock_due";

    private static final String FINISH = "UPDATE reminders SET state = ?, claimant = NULL, lease_until = NULL"
            + " WHERE id = ? AND claimant = ? AND state = 'CLAIMED'";
    private static final String RELEASE = "UPDATE reminders SET state = 'PENDING', due_at = ?, attempts = ?,"
            + " last_error = ?, claimant = NULL, lease_until = NULL WHERE id = ? AND claimant = ? AND state = 'CLAIMED'";

    /** A NULL bound as a number, not as text. */
    private static final Object NO_NUMBER = new Object();

    private final DataSource db;
    private final String lockRows;

    public JdbcReminderStore(DataSource db) {
        this.db = db;
        this.lockRows = isPostgres(db) ? " FOR UPDATE SKIP LOCKED" : "";
    }

    private static boolean isPostgres(DataSource db) {
        try (Connection c = db.getConnection()) {
            return c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("reading reminders failed", e);
        }
    }

    @Override
    public void schedule(Reminder r) {
        insert(r, " ON CONFLICT (id) DO UPDATE SET due_at = excluded.due_at, state = 'PENDING', attempts = 0,"
                + " claimant = NULL, lease_until = NULL, last_error = NULL, lead_minutes = excluded.lead_minutes,"
                + " clock_id = excluded.clock_id, clock_due = excluded.clock_due");
    }

    @Override
    public void scheduleIfAbsent(Reminder r) {
        insert(r, " ON CONFLICT (id) DO NOTHING");
    }

    private void insert(Reminder r, String onConflict) {
        update("INSERT INTO reminders (" + COLUMNS + ", state) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?, 'PENDING')"
                        + onConflict,
                r.id(), r.team(), r.caseId(), r.caseNumber(), r.kind().code(), r.lead().toMinutes(),
                r.dueAt().toEpochMilli(), r.clock().map(Reminder.ClockDue::clock).orElse(null),
                r.clock().<Object>map(k -> k.due().toEpochMilli()).orElse(NO_NUMBER));
    }

    @Override
    public Optional<Reminder> active(String id) {
        List<Reminder> found = query("SELECT " + COLUMNS + " FROM reminders WHERE id = ? AND state <> 'DONE'", id);
        return found.stream().findFirst();
    }

    @Override
    public List<Reminder> activeOfCase(long caseId) {
        return query("SELECT " + COLUMNS + " FROM reminders WHERE case_id = ? AND state <> 'DONE' ORDER BY id", caseId);
    }

    @Override
    public boolean stop(String id) {
        return update("UPDATE reminders SET state = 'DONE', claimant = NULL, lease_until = NULL"
                + " WHERE id = ? AND state <> 'DONE'", id) > 0;
    }

    @Override
    public void stopCase(long caseId, Set<ReminderKind> kinds) {
        for (ReminderKind kind : kinds) {
            update("UPDATE reminders SET state = 'DONE', claimant = NULL, lease_until = NULL"
                    + " WHERE case_id = ? AND kind = ? AND state <> 'DONE'", caseId, kind.code());
        }
    }

    @Override
    public boolean snooze(String id, Instant dueAt) {
        return update("UPDATE reminders SET state = 'PENDING', due_at = ?, claimant = NULL, lease_until = NULL"
                + " WHERE id = ? AND state <> 'DONE'", dueAt.toEpochMilli(), id) > 0;
    }

    @Override
    public List<Reminder> claimDue(Instant now, String claimant, Instant leaseUntil, int limit) {
        long t = now.toEpochMilli();
        long lease = leaseUntil.toEpochMilli();
        // Two simple statements rather than one with OR, so each walks the (state, due_at) index in order.
        int taken = update("UPDATE reminders SET claimant = ?, lease_until = ?"
                        + " WHERE id IN (SELECT id FROM reminders WHERE state = 'CLAIMED' AND lease_until <= ? LIMIT ?" + lockRows + ")"
                        + " AND state = 'CLAIMED' AND lease_until <= ?",
                claimant, lease, t, limit, t);
        if (taken < limit) {
            taken += update("UPDATE reminders SET state = 'CLAIMED', claimant = ?, lease_until = ?"
                            + " WHERE id IN (SELECT id FROM reminders WHERE state = 'PENDING' AND due_at <= ?"
                            + " ORDER BY due_at LIMIT ?" + lockRows + ") AND state = 'PENDING' AND due_at <= ?",
                    claimant, lease, t, limit - taken, t);
        }
        if (taken == 0) {
            return List.of();
        }
        return query("SELECT " + COLUMNS + " FROM reminders WHERE claimant = ? AND state = 'CLAIMED'"
                + " ORDER BY due_at", claimant);
    }

    @Override
    public void finish(String id, String claimant) {
        update(FINISH, "DONE", id, claimant);
    }

    @Override
    public void release(String id, String claimant, Instant dueAt, int attempts, Optional<String> error) {
        update(RELEASE, dueAt.toEpochMilli(), attempts, error.map(JdbcReminderStore::cut).orElse(null), id, claimant);
    }

    @Override
    public void settle(String claimant, List<Settlement> settlements) {
        if (settlements.isEmpty()) {
            return;
        }
        try (Connection c = db.getConnection()) {
            boolean auto = c.getAutoCommit();
            c.setAutoCommit(false);
            try (PreparedStatement finish = c.prepareStatement(FINISH); PreparedStatement release = c.prepareStatement(RELEASE)) {
                // One lock order for every settling transaction, whatever order the caller listed them in.
                for (Settlement st : settlements.stream().sorted(Comparator.comparing(Settlement::id)).toList()) {
                    if (st.nextDue().isEmpty()) {
                        bind(finish, st.sent() ? "SENT" : "DONE", st.id(), claimant);
                        finish.addBatch();
                    } else {
                        bind(release, st.nextDue().get().toEpochMilli(), st.attempts(), st.error().map(JdbcReminderStore::cut)
                                .orElse(null), st.id(), claimant);
                        release.addBatch();
                    }
                }
                finish.executeBatch();
                release.executeBatch();
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(auto);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("marking reminders failed", e);
        }
    }

    @Override
    public List<Row> ofCase(long caseId) {
        List<Row> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + ", state, last_error FROM reminders WHERE case_id = ? AND kind <> ? ORDER BY id")) {
            bind(ps, caseId, ReminderKind.DIGEST.code());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(reminder(rs), ReminderStore.Status.valueOf(rs.getString(11)),
                            Optional.ofNullable(rs.getString(12))));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading reminders failed", e);
        }
    }

    @Override
    public List<Reminder> waitingCaseReminders() {
        return query("SELECT " + COLUMNS + " FROM reminders WHERE state IN ('PENDING', 'CLAIMED') AND kind <> ?"
                + " ORDER BY case_id, id", ReminderKind.DIGEST.code());
    }

    @Override
    public boolean refused(String id, String reason) {
        return update("UPDATE reminders SET state = 'FAILED', claimant = NULL, lease_until = NULL, last_error = ?"
                + " WHERE id = ? AND state <> 'DONE'", cut(reason), id) > 0;
    }

    private static String cut(String error) {
        return Cut.prefix(error, 500);
    }

    @Override
    public Optional<Instant> nextDue() {
        Optional<Long> due = single("SELECT MIN(due_at) FROM reminders WHERE state = 'PENDING'");
        Optional<Long> lease = single("SELECT MIN(lease_until) FROM reminders WHERE state = 'CLAIMED'");
        Optional<Long> first = due.isEmpty() ? lease : lease.isEmpty() ? due : Optional.of(Math.min(due.get(), lease.get()));
        return first.map(Instant::ofEpochMilli);
    }

    private Optional<Long> single(String sql) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            if (rs.next()) {
                long v = rs.getLong(1);
                return rs.wasNull() ? Optional.empty() : Optional.of(v);
            }
            return Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("reading reminders failed", e);
        }
    }

    private List<Reminder> query(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            List<Reminder> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(reminder(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("reading reminders failed", e);
        }
    }

    private static Reminder reminder(ResultSet rs) throws SQLException {
        String clock = rs.getString(9);
        long clockDue = rs.getLong(10);
        Optional<Reminder.ClockDue> about = clock == null || rs.wasNull() ? Optional.empty()
                : Optional.of(new Reminder.ClockDue(clock, Instant.ofEpochMilli(clockDue)));
        return new Reminder(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getInt(4),
                Coded.parse(ReminderKind.class, rs.getString(5)).orElseThrow(),
                Duration.ofMinutes(rs.getLong(6)), Instant.ofEpochMilli(rs.getLong(7)), rs.getInt(8), about);
    }

    private int update(String sql, Object... args) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("writing reminders failed", e);
        }
    }

    private static void bind(PreparedStatement ps, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            if (args[i] == null) {
                ps.setNull(i + 1, Types.VARCHAR);
            } else if (args[i] == NO_NUMBER) {
                ps.setNull(i + 1, Types.BIGINT); // PostgreSQL refuses a text-typed NULL in a number column
            } else {
                ps.setObject(i + 1, args[i]);
            }
        }
    }

    @Override
    public boolean digestSent(String team, String chatKey, java.time.LocalDate day) {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM digest_delivery WHERE team_id = ? AND chat_key = ? AND day = ?")) {
            ps.setString(1, team);
            ps.setString(2, chatKey);
            ps.setString(3, day.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new StoreException("could not read the digests sent", e);
        }
    }

    @Override
    public void markDigestSent(String team, String chatKey, java.time.LocalDate day, Instant at) {
        if (digestSent(team, chatKey, day)) {
            return;
        }
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO digest_delivery (team_id, chat_key, day, sent_at) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, team);
            ps.setString(2, chatKey);
            ps.setString(3, day.toString());
            ps.setLong(4, at.toEpochMilli());
            ps.executeUpdate();
        } catch (SQLException e) {
            if (!digestSent(team, chatKey, day)) { // another process recorded it a moment ago: fine
                throw new StoreException("could not record a digest sent", e);
            }
        }
    }
}
