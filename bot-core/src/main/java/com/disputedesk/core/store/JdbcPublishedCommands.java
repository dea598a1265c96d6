package com.disputedesk.core.store;

import com.disputedesk.core.delivery.PublishedCommands;
import java.util.Optional;
import javax.sql.DataSource;

/** {@link PublishedCommands} as one row per scope (table {@code published_commands}, migration V25_1). */
public final class JdbcPublishedCommands implements PublishedCommands {
    private final Jdbc jdbc;

    public JdbcPublishedCommands(DataSource db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public Optional<String> hashOf(String scope) {
        return jdbc.queryOne("SELECT hash FROM published_commands WHERE scope = ?", rs -> rs.getString(1), scope);
    }

    @Override
    public void published(String scope, String hash) {
        jdbc.update("INSERT INTO published_commands (scope, hash) VALUES (?, ?)"
                + " ON CONFLICT (scope) DO UPDATE SET hash = excluded.hash", scope, hash);
    }
}
