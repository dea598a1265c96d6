package com.disputedesk.core.store;

import com.disputedesk.core.delivery.Lease;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * {@link Lease} as one row per name (table {@code leases}, migration V9_90). Taking and renewing are one
 * conditional upsert, so of two processes racing for a free or expired lease exactly one gets it: SQLite
 * serialises the writers, PostgreSQL re-checks the condition on the row the other transaction wrote.
 */
public final class JdbcLease implements Lease {
    private final Jdbc jdbc;

    public JdbcLease(DataSource db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public boolean hold(String name, String holder, Instant now, Instant until) {
        return jdbc.update("INSERT INTO leases (name, holder, until_ms) VALUES (?, ?, ?)"
                        + " ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, until_ms = excluded.until_ms"
                        + " WHERE leases.holder = excluded.holder OR leases.until_ms <= ?",
                name, holder, until.toEpochMilli(), now.toEpochMilli()) > 0;
    }

    @Override
    public void release(String name, String holder) {
        jdbc.update("DELETE FROM leases WHERE name = ? AND holder = ?", name, holder);
    }
}
