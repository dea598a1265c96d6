package com.disputedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console chat as an operator uses it: a script of lines piped in, the bot's answers read back. */
class ConsoleChatTest {
    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
    }

    private Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("DISPUTEDESK_STORAGE_SQLITE_FILE", dir.resolve("data/desk.db").toString());
        env.put("DISPUTEDESK_EVIDENCE_FOLDER", dir.resolve("data/evidence").toString());
        return env;
    }

    private Run run(Map<String, String> env, String... lines) {
        return run(new String[] {"--config", "../config/disputedesk.yml"}, env, lines);
    }

    private Run run(String[] args, Map<String, String> env, String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        byte[] input = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        int code = Main.run(args, env, new ByteArrayInputStream(input),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void anExportAndTheStatsChartAreSavedUnderTheDataFolderAndTheirPathsPrinted() throws IOException {
        Run run = run(env(), "/new", "1", "8123456789012345", "Ana", "es", "wrong size", "39.90 USD", "full refund",
                "skip", "skip", "none", "today", "confirm", "/export 1", "/export cases 7", "/stats");

        assertThat(run.exitCode()).isZero();
        java.util.regex.Matcher saved = java.util.regex.Pattern.compile("\\[file saved: ([^\\]]+)]").matcher(run.out());
        java.util.List<Path> files = new java.util.ArrayList<>();
        while (saved.find()) {
            files.add(Path.of(saved.group(1)));
        }
        assertThat(files).hasSize(3);
        assertThat(files.get(0).getFileName().toString()).startsWith("case-1-evidence-").endsWith(".zip");
        assertThat(files.get(1).getFileName().toString()).startsWith("cases-7d-").endsWith(".csv");
        assertThat(files.get(2).getFileName().toString()).startsWith("stats-30d-").endsWith(".png");
        for (Path f : files) {
            assertThat(f).isRegularFile().startsWith(dir.resolve("data/exports").toAbsolutePath());
        }
        assertThat(Files.readString(files.get(1), StandardCharsets.UTF_8)).contains("8123456789012345");
    }

    @Test
    void aPipedScriptWorksAWholeDisputeAndExitsCleanlyAtEndOfInput() {
        Run run = run(env(),
                "/new",
                "1",                    // AliExpress, by its number
                "8123456789012345",
                "Ana <b>Lopez</b>",
                "es",
                "not received",         // reason, by its label
                "39.90 USD",
                "full refund",
                "skip", "skip",         // item and shipping cost: playbook defaults
                "LP00123456789CN",
                "in transit",
                "12",                   // days since shipment: a typed number, not a button
                "skip",                 // days since the last tracking update: not known
                "none",
                "today",
                "confirm",
                "/case 1");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Which marketplace is the dispute on?")
                .contains("Case #1 opened: AliExpress order 8123456789012345")
                .contains("Draft to the buyer (es)")
                .contains("Ana <b>Lopez</b>")
                .contains("Days since shipment: 12");
        assertThat(Files.exists(dir.resolve("data/desk.db"))).isTrue();
    }

    @Test
    void aDownloadCutShortByAnEarlierCrashIsClearedAtStart() throws IOException {
        Path caseDir = Files.createDirectories(dir.resolve("data/evidence/1"));
        Path crashed = Files.writeString(caseDir.resolve(".download-42.part"), "half a photo");
        Files.setLastModifiedTime(crashed, java.nio.file.attribute.FileTime.from(
                java.time.Instant.now().minus(java.time.Duration.ofDays(1))));

        Run run = run(env(), "/help");

        assertThat(run.exitCode()).isZero();
        assertThat(crashed).doesNotExist();
        assertThat(caseDir).doesNotExist();
    }

    @Test
    void aDraftLeftMidwayContinuesInTheNextProcessWithItsAnswersKept() {
        Run first = run(env(), "/new", "aliexpress", "8123456789012345");
        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains("What is the buyer's name or handle?");

        // The first line after the restart hears where the draft stands; it is not taken as the answer.
        Run second = run(env(), "Marek", "Marek", "pl", "wrong colour", "19.99 EUR", "return", "skip", "skip",
                "1,5", "yesterday", "confirm");

        assertThat(second.exitCode()).isZero();
        assertThat(second.out())
                .doesNotContain("Which marketplace is the dispute on?")
                .contains("I was restarted. You were at question 3 of 11: Buyer.")
                .contains("Which language should messages to the buyer be in?")
                .contains("Case #1 opened: AliExpress order 8123456789012345, Wrong colour")
                .contains("Draft to the buyer (pl)");
    }

    @Test
    void aBadSettingStopsTheStartWithTheSettingNamed() {
        Map<String, String> env = env();
        env.put("DISPUTEDESK_TEAMS_0_ZONE", "Mars/Base");

        Run run = run(env, "/help");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("DisputeDesk cannot start").contains("teams[0].zone: unknown time zone 'Mars/Base'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aMistypedSettingStopsTheStartWithTheNearestValidKey() throws IOException {
        Path config = dir.resolve("config");
        copy(Path.of("../config"), config);
        Path file = config.resolve("disputedesk.yml");
        Files.writeString(file, Files.readString(file).replace("    zone: Asia/Shanghai", "    zoen: Asia/Shanghai"));

        Run run = run(new String[] {"--config", file.toString()}, env(), "/help");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("DisputeDesk cannot start: " + file
                + ": teams[0].zoen: unknown setting; did you mean 'zone'?" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void disputedeskConfigPointsAtAnotherSettingsFile() throws IOException {
        Path config = dir.resolve("elsewhere");
        copy(Path.of("../config"), config);
        Path file = config.resolve("disputedesk.yml");
        Files.writeString(file, Files.readString(file).replace("name: My Shop", "name: Other Shop")
                .replace("zone: Asia/Shanghai", "zone: Mars/Base"));
        Map<String, String> env = env();
        env.put("DISPUTEDESK_CONFIG", file.toString());

        Run run = run(new String[0], env, "/help");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(file + ": teams[0].zone: unknown time zone 'Mars/Base'");
    }

    @Test
    void aMistypedOverrideStopsTheStartWithTheNearestVariable() {
        Map<String, String> env = env();
        env.put("DISPUTEDESK_STORAGE_KYND", "postgres");

        Run run = run(env, "/help");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("DisputeDesk cannot start: environment: DISPUTEDESK_STORAGE_KYND: unknown"
                + " setting; did you mean DISPUTEDESK_STORAGE_KIND?" + System.lineSeparator());
    }

    @Test
    void aBadPlaybookStopsTheStartWithTheFileAndFieldNamed() throws IOException {
        Path config = dir.resolve("config");
        copy(Path.of("../config"), config);
        Path playbook = config.resolve("playbook.yml");
        Files.writeString(playbook, Files.readString(playbook).replaceFirst("window: \\S+", "window: soon"));

        Run run = run(new String[] {"--config", config.resolve("disputedesk.yml").toString()}, env(), "/help");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("playbook.yml").contains("marketplaces[0].clocks[0].window");
    }

    @Test
    void anUnknownArgumentIsExplained() {
        Run run = run(new String[] {"--verbose"}, env());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown argument '--verbose'").contains("usage: disputedesk");
    }

    static void copy(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
