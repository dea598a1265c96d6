package com.disputedesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQLite driver unpacks its native library beside the database, and what a killed process left there is
 * removed by the next start, so kill -9 does not leave a megabyte in the temporary folder each time.
 */
class SqliteNativeLibraryTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    @Test
    void aCopyLeftByAKilledProcessIsRemovedByTheNextStart() throws Exception {
        Path natives = dir.resolve("data/.sqlite-native");
        Path tmp = Files.createDirectories(dir.resolve("tmp"));

        Process killed = desk(tmp);
        await().atMost(WAIT).until(() -> !libraries(natives).isEmpty());
        List<Path> leftBehind = libraries(natives);
        killed.destroyForcibly().waitFor();
        assertThat(libraries(natives)).containsAll(leftBehind);

        Process next = desk(tmp);
        next.getOutputStream().close();
        assertThat(next.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS)).isTrue();

        assertThat(next.exitValue()).isZero();
        assertThat(libraries(natives)).doesNotContainAnyElementsOf(leftBehind);
        assertThat(libraries(tmp)).isEmpty();
    }

    /** The desk's console in a child JVM, reading commands until its standard input closes. */
    private Process desk(Path tmp) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Djava.io.tmpdir=" + tmp, "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--config", "../config/disputedesk.yml");
        pb.environment().put("DISPUTEDESK_STORAGE_SQLITE_FILE", dir.resolve("data/desk.db").toString());
        pb.environment().put("DISPUTEDESK_EVIDENCE_FOLDER", dir.resolve("data/evidence").toString());
        pb.environment().remove("TELEGRAM_BOT_TOKEN");
        pb.environment().remove("DISCORD_BOT_TOKEN");
        return pb.redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static List<Path> libraries(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("sqlite-.*libsqlitejdbc.*")).toList();
        }
    }
}
