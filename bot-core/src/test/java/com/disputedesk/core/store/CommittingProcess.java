package com.disputedesk.core.store;

import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.TimelineEntry;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

/**
 * The child process of {@link SqliteDurabilityTest}: opens the SQLite file in folder {@code args[0]}, prints
 * "open", then creates cases as fast as it can, printing "confirmed &lt;number&gt;" after each create returns,
 * until it is killed or has created {@code args[1]} cases (default: practically unlimited).
 */
public final class CommittingProcess {
    static final String CONFIRMED = "confirmed ";
    static final String OPEN = "open";
    static final int MAX_CASES = 100_000;

    private CommittingProcess() {
    }

    public static void main(String[] args) {
        // only confirmations go to stdout; library logging goes to stderr, which the parent discards
        PrintStream confirmations = System.out;
        System.setOut(System.err);
        Path dir = Path.of(args[0]);
        int cases = args.length > 1 ? Integer.parseInt(args[1]) : MAX_CASES;
        try (JdbcStores db = JdbcStores.sqlite(dir.resolve("desk.db"), dir.resolve("evidence"), 1_000)) {
            confirmations.println(OPEN);
            confirmations.flush();
            for (int i = 0; i < cases; i++) {
                DisputeCase c = db.stores().cases().create(
                        Samples.newCase("acme", Samples.notReceived("81" + i), Samples.T0.plusSeconds(i)),
                        List.of(Samples.entry(Samples.T0, TimelineEntry.Kind.CREATED, "case " + i)));
                confirmations.println(CONFIRMED + c.number().value());
                confirmations.flush();
            }
        }
    }
}
