package com.disputedesk.core.store;

import java.nio.file.Path;

/**
 * Opens the JDBC stores: a SQLite file (the embedded default) or PostgreSQL, migrated on open.
 */
public final class JdbcStores implements AutoCloseable {

    private JdbcStores() {
    }

    /** A SQLite database in {@code dbFile} (created with its folder if missing); evidence under {@code evidenceDir}. */
    public static JdbcStores sqlite(Path dbFile, Path evidenceDir, long maxEvidenceBytes) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A PostgreSQL database at a JDBC URL. */
    public static JdbcStores postgres(String jdbcUrl, String user, String password, Path evidenceDir,
                                      long maxEvidenceBytes) {
        throw new UnsupportedOperationException("not yet");
    }

    public Stores stores() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The pooled data source, for adapter-owned tables (offsets, reminders). */
    public javax.sql.DataSource dataSource() {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
    }
}
