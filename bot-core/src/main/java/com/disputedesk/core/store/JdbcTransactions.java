package com.disputedesk.core.store;

import com.disputedesk.core.kernel.Transactions;
import java.util.function.Supplier;

/**
 * {@link Transactions} over one database: a unit is a {@link Jdbc} transaction, so every store over the same
 * {@link Jdbc} (or its {@link Jdbc#dataSource()}) that writes on the unit's thread writes inside it.
 */
public final class JdbcTransactions implements Transactions {
    private final Jdbc jdbc;

    public JdbcTransactions(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return jdbc.inTransaction(tx -> work.get());
    }

    @Override
    public void afterCommit(Runnable action) {
        jdbc.afterCommit(action);
    }
}
