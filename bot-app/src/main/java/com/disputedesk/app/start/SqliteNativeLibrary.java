package com.disputedesk.app.start;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the SQLite driver unpacks its native library. By default it writes a fresh 1 MB copy to /tmp at every
 * start and removes it only on a clean exit, so every killed process leaves one behind. Pointing the driver at a
 * folder of the desk's own (beside the database) lets the next start remove what earlier ones left: a copy a
 * running process has loaded stays usable after its file is removed.
 */
public final class SqliteNativeLibrary {
    /** The driver's setting for the folder it unpacks into. */
    static final String TMPDIR_PROPERTY = "org.sqlite.tmpdir";
    private static final Logger log = LoggerFactory.getLogger(SqliteNativeLibrary.class);

    private SqliteNativeLibrary() {
    }

    /**
     * Uses {@code folder} for the native library unless the operator chose one ({@code -Dorg.sqlite.tmpdir}), and
     * removes the copies earlier processes left there. Must run before the first SQLite connection of the process.
     */
    public static void unpackInto(Path folder) {
        if (System.getProperty(TMPDIR_PROPERTY) != null) {
            return;
        }
        try {
            Files.createDirectories(folder);
            int removed = 0;
            try (DirectoryStream<Path> old = Files.newDirectoryStream(folder, "sqlite-*")) {
                for (Path p : old) {
                    removed += Files.deleteIfExists(p) ? 1 : 0;
                }
            }
            if (removed > 0) {
                log.info("removed {} SQLite native library file(s) left by earlier runs in {}", removed, folder);
            }
            System.setProperty(TMPDIR_PROPERTY, folder.toAbsolutePath().toString());
        } catch (IOException e) {
            // Not fatal: the driver then unpacks into the system's temporary folder as it would by default.
            log.warn("cannot use {} for the SQLite native library: {}", folder, e.toString());
        }
    }
}
