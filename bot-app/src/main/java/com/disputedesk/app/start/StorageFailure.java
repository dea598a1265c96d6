package com.disputedesk.app.start;

import com.disputedesk.app.config.AppConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;

/**
 * Turns a failure to open the database at start into one line an operator can act on: which file or setting,
 * what is wrong, what to do. The cause chain is read for the few failures that are common (a folder where the file
 * should be, a folder that cannot be written, a full disk, a file another process holds, a server that is down or
 * refuses the password); anything else is named by its innermost message.
 */
public final class StorageFailure {
    private StorageFailure() {
    }

    /** The line to print after "DisputeDesk cannot start: ". */
    public static String explain(AppConfig.Storage storage, Throwable failure) {
        if (storage instanceof AppConfig.Postgres pg) {
            return postgres(pg, failure);
        }
        return sqlite(((AppConfig.Sqlite) storage).file(), failure);
    }

    private static String sqlite(Path file, Throwable failure) {
        Path absolute = file.toAbsolutePath().normalize();
        String where = "the SQLite file " + absolute + " (storage.sqlite-file)";
        if (Files.isDirectory(absolute)) {
            return where + " is a folder; point storage.sqlite-file to a file name in it, e.g. "
                    + absolute.resolve("disputedesk.db");
        }
        Optional<Path> blocked = firstNonFolderParent(absolute);
        if (blocked.isPresent()) {
            return where + " cannot be created: " + blocked.get() + " is a file, not a folder";
        }
        String text = chainText(failure);
        if (text.contains("sqlite_full") || text.contains("no space left")) {
            return where + " cannot be written: the disk is full; free some space and start again";
        }
        if (text.contains("sqlite_busy") || text.contains("database is locked")) {
            return where + " is locked by another process (another DisputeDesk on the same file?); stop it, or use"
                    + " PostgreSQL (storage.kind: postgres) to run several processes on one database";
        }
        if (text.contains("sqlite_readonly") || text.contains("readonly") || text.contains("read-only")
                || text.contains("permission denied") || text.contains("accessdenied")
                || text.contains("sqlite_cantopen")) {
            return where + " cannot be opened for writing; check that its folder " + absolute.getParent()
                    + " exists and the bot's user may write there";
        }
        return where + " cannot be opened: " + innermost(failure);
    }

    private static String postgres(AppConfig.Postgres pg, Throwable failure) {
        String where = "PostgreSQL at " + JdbcUrls.masked(pg.url()) + " (storage.postgres.url)";
        Optional<String> state = sqlState(failure);
        String text = chainText(failure);
        if (state.filter(s -> s.equals("28P01") || s.equals("28000")).isPresent()) {
            return where + " refused user '" + pg.user() + "': check storage.postgres.user and the password in"
                    + " DISPUTEDESK_STORAGE_POSTGRES_PASSWORD";
        }
        if (state.filter(s -> s.equals("3D000")).isPresent()) {
            return where + ": the database does not exist; create it (CREATE DATABASE) or fix the URL";
        }
        if (state.filter(s -> s.startsWith("08")).isPresent() || text.contains("connection refused")
                || text.contains("unknownhost") || text.contains("timed out")) {
            return where + " cannot be reached: check that the server runs and the host and port in the URL";
        }
        return where + " cannot be used: " + JdbcUrls.masked(innermost(failure));
    }

    private static Optional<Path> firstNonFolderParent(Path file) {
        for (Path p = file.getParent(); p != null; p = p.getParent()) {
            if (Files.exists(p)) {
                return Files.isDirectory(p) ? Optional.empty() : Optional.of(p);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    /** Every message and exception class name of the chain, lower case, to look for known causes in. */
    private static String chainText(Throwable failure) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            out.append(t.getClass().getSimpleName()).append(' ').append(t.getMessage()).append('\n');
            if (t.getCause() == t) {
                break;
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static String innermost(Throwable failure) {
        Throwable last = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                last = t;
            }
        }
        String message = last.getMessage() == null ? last.getClass().getSimpleName() : last.getMessage();
        return message.lines().findFirst().orElse(message).strip();
    }
}
