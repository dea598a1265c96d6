package com.disputedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.app.start.JdbcUrls;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database that cannot be opened stops the start with one line naming the file or setting: exit 2, no trace. */
class StartupFailureTest {
    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    @Test
    void aSqliteFileThatIsAFolderIsNamedWithWhatToWriteInstead() throws IOException {
        Path folder = Files.createDirectories(dir.resolve("data/desk.db"));

        Run run = run(sqlite(folder));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("DisputeDesk cannot start: the SQLite file " + folder.toAbsolutePath()
                + " (storage.sqlite-file) is a folder; point storage.sqlite-file to a file name in it, e.g. "
                + folder.toAbsolutePath().resolve("disputedesk.db") + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aSqliteFileUnderAFileIsRefusedWithTheFileInTheWay() throws IOException {
        Path inTheWay = Files.writeString(dir.resolve("data"), "not a folder");

        Run run = run(sqlite(inTheWay.resolve("desk.db")));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("DisputeDesk cannot start: the SQLite file ")
                .contains("cannot be created: " + inTheWay.toAbsolutePath() + " is a file, not a folder")
                .doesNotContain("\tat ").hasLineCount(1);
    }

    @Test
    void anUnreachablePostgresIsNamedWithoutItsPassword() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Map<String, String> env = sqlite(dir.resolve("data/desk.db"));
        env.put("DISPUTEDESK_STORAGE_KIND", "postgres");
        env.put("DISPUTEDESK_STORAGE_POSTGRES_URL",
                "jdbc:postgresql://127.0.0.1:" + closedPort + "/desk?user=desk&password=hunter2");
        env.put("DISPUTEDESK_STORAGE_POSTGRES_PASSWORD", "hunter2");

        Run run = run(env);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("DisputeDesk cannot start: PostgreSQL at jdbc:postgresql://127.0.0.1:"
                + closedPort + "/desk?user=desk&password=*** (storage.postgres.url) cannot be reached: check that"
                + " the server runs and the host and port in the URL" + System.lineSeparator());
        assertThat(run.err() + run.out()).doesNotContain("hunter2");
    }

    @Test
    void passwordsInJdbcUrlsAreMasked() {
        assertThat(JdbcUrls.masked("jdbc:postgresql://db:5432/desk?user=a&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/desk?user=a&password=***&ssl=true");
        assertThat(JdbcUrls.masked("jdbc:postgresql://a:s3cret@db/desk")).isEqualTo("jdbc:postgresql://a:***@db/desk");
        assertThat(JdbcUrls.masked("jdbc:postgresql://db/desk;PASSWORD=x;ssl=1"))
                .isEqualTo("jdbc:postgresql://db/desk;PASSWORD=***;ssl=1");
        assertThat(JdbcUrls.masked("jdbc:postgresql://db:5432/desk")).isEqualTo("jdbc:postgresql://db:5432/desk");
    }

    private Map<String, String> sqlite(Path file) {
        Map<String, String> env = new HashMap<>();
        env.put("DISPUTEDESK_STORAGE_SQLITE_FILE", file.toString());
        env.put("DISPUTEDESK_EVIDENCE_FOLDER", dir.resolve("evidence").toString());
        return env;
    }

    private Run run(Map<String, String> env) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(new String[] {"--config", "../config/disputedesk.yml"}, env,
                new ByteArrayInputStream("/help\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
