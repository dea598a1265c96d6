package com.disputedesk.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.CaseQueries;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.testkit.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * /find and autocomplete find text inside the order id or buyer name of any open case, not only of the most urgent
 * ones, on both databases; a case leaves the results when it is closed and comes back when it is reopened.
 */
class OpenCaseTextSearchTest {
    private static final int GENERATED = 6_000;

    @TempDir
    Path dir;

    @Test
    void sqliteFindsTextInsideTheLeastUrgentOpenCase() {
        try (JdbcStores db = JdbcStores.sqlite(dir.resolve("search.db"), dir.resolve("evidence"), 1_000)) {
            findsTextInsideTheLeastUrgentOpenCase(db);
        }
    }

    @Test
    void postgresFindsTextInsideTheLeastUrgentOpenCase() {
        try (JdbcStores db = TestPostgres.open(TestPostgres.newDatabase("search"), dir.resolve("evidence"), 1_000)) {
            findsTextInsideTheLeastUrgentOpenCase(db);
        }
    }

    private static void findsTextInsideTheLeastUrgentOpenCase(JdbcStores db) {
        GeneratedCases.fill(db.jdbc(), "acme", GENERATED, 1, 0, 0);
        CaseQueries queries = db.stores().queries();
        CaseFacts facts = Samples.wrongSize("XQ-5531-ZZ");
        facts = new CaseFacts(facts.marketplace(), facts.orderId(), "Wren Halloway", facts.buyerLanguage(),
                facts.reason(), facts.request(), facts.orderAmount(), facts.itemCost(), facts.shippingCost(),
                facts.shipping(), facts.evidence(), facts.openedOn());
        DisputeCase wren = db.stores().cases().create(Samples.newCase("acme", facts, Samples.T0), List.of());
        queries.recordDue(wren.id(), Optional.empty());
        assertThat(queries.countUpTo("acme", new com.disputedesk.core.cases.CaseListing.Open(), 10_000))
                .as("more open cases than the urgent window").isGreaterThan(CaseQueries.SUBSTRING_WINDOW + 1);

        assertThat(numbers(queries, "halloway")).containsExactly(wren.number().value());
        assertThat(numbers(queries, "5531-z")).containsExactly(wren.number().value());
        assertThat(numbers(queries, "other team's")).isEmpty();
        assertThat(queries.search("globex", "halloway", 10)).isEmpty();
        // typed text is never query syntax
        assertThat(queries.search("acme", "ha\"llo* OR%_", 10)).isEmpty();

        DisputeCase closed = db.stores().cases().update(wren.closed(Outcome.KEPT, Optional.empty()),
                Samples.entry(Samples.T0, TimelineEntry.Kind.CLOSED, "kept"));
        assertThat(numbers(queries, "halloway")).isEmpty();

        db.stores().cases().update(closed.withState(CaseState.OPEN),
                Samples.entry(Samples.T0, TimelineEntry.Kind.NOTE, "reopened"));
        assertThat(numbers(queries, "halloway")).containsExactly(wren.number().value());
    }

    private static List<Integer> numbers(CaseQueries queries, String typed) {
        return queries.search("acme", typed, 10).stream().map(c -> c.number().value()).toList();
    }
}
