package com.disputedesk.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CaseNumber;
import com.disputedesk.core.cases.DisputeCase;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a second process does to a SQLite file: a case the store confirmed survives the process being killed
 * (kill -9) right after, and two processes creating cases at once never share a number.
 */
class SqliteDurabilityTest {
    private static final int CONFIRMATIONS_BEFORE_KILL = 40;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void everyConfirmedCaseIsThereAfterTheProcessIsKilled() throws Exception {
        Process child = startChild();
        List<Integer> confirmed = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (confirmed.size() < CONFIRMATIONS_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith(CommittingProcess.CONFIRMED)) {
                    confirmed.add(Integer.parseInt(line.substring(CommittingProcess.CONFIRMED.length())));
                }
            }
            // killed while it is still committing: most likely in the middle of the next transaction
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        } finally {
            child.destroyForcibly();
        }
        assertThat(child.isAlive()).isFalse();
        assertThat(confirmed).hasSize(CONFIRMATIONS_BEFORE_KILL);

        try (JdbcStores reopened = JdbcStores.sqlite(dir.resolve("desk.db"), dir.resolve("evidence"), 1_000)) {
            for (int number : confirmed) {
                DisputeCase c = reopened.stores().cases().byNumber("acme", new CaseNumber(number)).orElseThrow(
                        () -> new AssertionError("confirmed case #" + number + " is gone"));
                assertThat(reopened.stores().cases().timeline(c.id())).hasSize(1);
            }
            int highest = confirmed.get(confirmed.size() - 1);
            // nothing half-written: every stored case is whole, numbered without gaps, and opens the next number
            List<DisputeCase> all = reopened.stores().cases().all("acme", 1_000_000);
            assertThat(all.size()).isGreaterThanOrEqualTo(highest);
            assertThat(all).allSatisfy(c ->
                    assertThat(reopened.stores().cases().timeline(c.id())).hasSize(1));
            int next = reopened.stores().cases().create(Samples.newCase("acme", Samples.wrongSize("1"), Samples.T0),
                    List.of()).number().value();
            assertThat(next).isEqualTo(all.size() + 1);
        }
    }

    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void twoProcessesCreatingAtOnceNeverShareANumber() throws Exception {
        int each = 60;
        Process child = startChild(Integer.toString(each));
        List<Integer> theirs = new ArrayList<>();
        List<Integer> ours = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            // the child has created and migrated the file; from here both processes write
            assertThat(out.readLine()).isEqualTo(CommittingProcess.OPEN);
            try (JdbcStores db = JdbcStores.sqlite(dir.resolve("desk.db"), dir.resolve("evidence"), 1_000)) {
                for (int i = 0; i < each; i++) {
                    ours.add(db.stores().cases().create(Samples.newCase("acme", Samples.wrongSize("9" + i),
                            Samples.T0), List.of()).number().value());
                }
                String line;
                while ((line = out.readLine()) != null) {
                    if (line.startsWith(CommittingProcess.CONFIRMED)) {
                        theirs.add(Integer.parseInt(line.substring(CommittingProcess.CONFIRMED.length())));
                    }
                }
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
                assertThat(child.exitValue()).isZero();

                List<Integer> all = new ArrayList<>(ours);
                all.addAll(theirs);
                assertThat(theirs).hasSize(each);
                assertThat(all).doesNotHaveDuplicates().hasSize(2 * each)
                        .allSatisfy(n -> assertThat(n).isBetween(1, 2 * each));
                assertThat(db.stores().cases().all("acme", 1_000)).hasSize(2 * each);
            }
        } finally {
            child.destroyForcibly();
        }
    }

    private Process startChild(String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                CommittingProcess.class.getName(), dir.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }
}
