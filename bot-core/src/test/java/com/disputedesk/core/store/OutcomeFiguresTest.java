package com.disputedesk.core.store;

import static com.disputedesk.core.store.Samples.ALICE;
import static com.disputedesk.core.store.Samples.BOB;
import static com.disputedesk.core.store.Samples.GROUP;
import static com.disputedesk.core.store.Samples.T0;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.SentOffer;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.stats.OutcomeFigures;
import com.disputedesk.core.stats.OutcomeReport;
import com.disputedesk.core.testkit.TestPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The /stats outcome figures against a period worked out by hand, on both databases, beside another team's
 * generated cases: money per currency (a reship cost is no refund), kept orders, medians of an even and an odd
 * count, deadlines missed before the first offer and before the close, escalations, the owner breakdown, and an
 * empty period.
 */
class OutcomeFiguresTest {
    private static final String TEAM = "acme";
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    @TempDir
    Path dir;

    @Test
    void sqliteAddsUpThePeriodExactly() {
        try (JdbcStores db = JdbcStores.sqlite(dir.resolve("o.db"), dir.resolve("evidence"), 1_000)) {
            assertFigures(db);
        }
    }

    @Test
    void postgresAddsUpThePeriodExactly() {
        try (JdbcStores db = TestPostgres.open(TestPostgres.newDatabase("outcomes"), dir.resolve("evidence"),
                1_000)) {
            assertFigures(db);
        }
    }

    /*
     * #  market  reason        order      owner  deadline  first offer  closed                     missed
     * 1  ali     wrong size    40.00 USD  Alice  +5d       +1h          +2d partial 10.00          -
     * 2  ali     not received  25.00 EUR  Bob    +1h       +3h          +1d full 25.00             offer, close
     * 3  temu    wrong size    3000 JPY   Alice  +5d       +5h          +4d escalated, won         -
     * 4  temu    not received  20.00 USD  Bob    +2d       -            +3d escalated, lost 20.00  close
     * 5  ali     wrong size    15.00 USD  -      +5d       +7h          open (awaiting)            -
     * 6  ali     defect        30.00 USD  Alice  unknown   -            +1h reshipped, cost 8.00   -
     * and one case opened the day before the period, closed in it: not counted.
     */
    private static void assertFigures(JdbcStores db) {
        GeneratedCases.fill(db.jdbc(), "other", 500, 1, 0, 0);
        Instant before = T0.minus(Duration.ofDays(1));
        DisputeCase outside = open(db, "8100000000000009", "aliexpress", Reason.WRONG_SIZE, "40.00 USD", before,
                ALICE, Optional.of(T0));
        close(db, outside, Outcome.FULL_REFUND, "40.00 USD", T0.plusSeconds(60));

        DisputeCase c1 = open(db, "8100000000000001", "aliexpress", Reason.WRONG_SIZE, "40.00 USD", T0, ALICE,
                Optional.of(T0.plus(Duration.ofDays(5))));
        c1 = offer(db, c1, T0.plus(Duration.ofHours(1)));
        close(db, c1, Outcome.PARTIAL_REFUND, "10.00 USD", T0.plus(Duration.ofDays(2)));
        DisputeCase c2 = open(db, "8100000000000002", "aliexpress", Reason.NOT_RECEIVED, "25.00 EUR", T0, BOB,
                Optional.of(T0.plus(Duration.ofHours(1))));
        c2 = offer(db, c2, T0.plus(Duration.ofHours(3)));
        close(db, c2, Outcome.FULL_REFUND, "25.00 EUR", T0.plus(Duration.ofDays(1)));
        DisputeCase c3 = open(db, "PO-211-0000003", "temu", Reason.WRONG_SIZE, "3000 JPY", T0, ALICE,
                Optional.of(T0.plus(Duration.ofDays(5))));
        c3 = offer(db, c3, T0.plus(Duration.ofHours(5)));
        close(db, c3, Outcome.ESCALATED_WON, null, T0.plus(Duration.ofDays(4)));
        DisputeCase c4 = open(db, "PO-211-0000004", "temu", Reason.NOT_RECEIVED, "20.00 USD", T0, BOB,
                Optional.of(T0.plus(Duration.ofDays(2))));
        close(db, c4, Outcome.ESCALATED_LOST, "20.00 USD", T0.plus(Duration.ofDays(3)));
        DisputeCase c5 = open(db, "8100000000000005", "aliexpress", Reason.WRONG_SIZE, "15.00 USD", T0, ALICE,
                Optional.of(T0.plus(Duration.ofDays(5))));
        c5 = db.stores().cases().update(c5.withOwner(Optional.empty()), new TimelineEntry(T0, "test",
                TimelineEntry.Kind.ASSIGNED, "unassigned"));
        offer(db, c5, T0.plus(Duration.ofHours(7)));
        DisputeCase c6 = open(db, "8100000000000006", "aliexpress", Reason.QUALITY_DEFECT, "30.00 USD", T0, ALICE,
                Optional.empty());
        close(db, c6, Outcome.RESHIPPED, "8.00 USD", T0.plus(Duration.ofHours(1)));

        OutcomeReport report = db.stores().figures().outcomes(TEAM, T0);

        assertThat(report.team()).isEqualTo(new OutcomeFigures(6, 5, 3, Map.of(
                USD, value("90.00 USD", "30.00 USD"), EUR, value("25.00 EUR", "25.00 EUR"),
                JPY, value("3000 JPY", "0 JPY")), 1, 2, 1, 1,
                Optional.of(Duration.ofHours(4)), Optional.of(Duration.ofDays(2))));
        assertThat(report.team().money().get(USD).lossAvoided()).isEqualTo(Money.of("60.00", "USD"));
        assertThat(report.team().money().get(EUR).lossAvoided()).isEqualTo(Money.of("0.00", "EUR"));
        assertThat(report.team().money().get(JPY).lossAvoided()).isEqualTo(Money.of("3000", "JPY"));

        assertThat(report.byMarketplace()).containsOnlyKeys("aliexpress", "temu");
        assertThat(report.byMarketplace().keySet()).containsExactly("aliexpress", "temu");
        assertThat(report.byMarketplace().get("aliexpress")).isEqualTo(new OutcomeFigures(4, 3, 2, Map.of(
                USD, value("70.00 USD", "10.00 USD"), EUR, value("25.00 EUR", "25.00 EUR")), 1, 1, 0, 0,
                Optional.of(Duration.ofHours(3)), Optional.of(Duration.ofDays(1))));
        assertThat(report.byMarketplace().get("temu")).isEqualTo(new OutcomeFigures(2, 2, 1, Map.of(
                USD, value("20.00 USD", "20.00 USD"), JPY, value("3000 JPY", "0 JPY")), 0, 1, 1, 1,
                Optional.of(Duration.ofHours(5)), Optional.of(Duration.ofHours(84))));

        assertThat(report.byReason().keySet()).containsExactly(Reason.WRONG_SIZE, Reason.NOT_RECEIVED,
                Reason.QUALITY_DEFECT);
        assertThat(report.byReason().get(Reason.NOT_RECEIVED)).isEqualTo(new OutcomeFigures(2, 2, 0, Map.of(
                USD, value("20.00 USD", "20.00 USD"), EUR, value("25.00 EUR", "25.00 EUR")), 1, 2, 0, 1,
                Optional.of(Duration.ofHours(3)), Optional.of(Duration.ofDays(2))));

        assertThat(report.byOwner().keySet()).containsExactly("Alice", "Bob the Builder");
        assertThat(report.byOwner().get("Alice")).isEqualTo(new OutcomeFigures(3, 3, 3, Map.of(
                USD, value("70.00 USD", "10.00 USD"), JPY, value("3000 JPY", "0 JPY")), 0, 0, 1, 0,
                Optional.of(Duration.ofHours(3)), Optional.of(Duration.ofDays(2))));
        assertThat(report.byOwner().get("Bob the Builder").opened()).isEqualTo(2);
        assertThat(report.byOwner().get("Bob the Builder").medianToClose()).contains(Duration.ofDays(2));

        OutcomeReport empty = db.stores().figures().outcomes(TEAM, T0.plus(Duration.ofDays(10)));
        assertThat(empty.team()).isEqualTo(new OutcomeFigures(0, 0, 0, Map.of(), 0, 0, 0, 0, Optional.empty(),
                Optional.empty()));
        assertThat(empty.byMarketplace()).isEmpty();
        assertThat(empty.byReason()).isEmpty();
        assertThat(empty.byOwner()).isEmpty();
    }

    private static OutcomeFigures.Value value(String order, String refunded) {
        return new OutcomeFigures.Value(money(order), money(refunded));
    }

    private static Money money(String text) {
        String[] parts = text.split(" ");
        return Money.of(parts[0], parts[1]);
    }

    private static DisputeCase open(JdbcStores db, String orderId, String marketplace, Reason reason, String order,
                                    Instant at, Member owner, Optional<Instant> due) {
        CaseFacts facts = new CaseFacts(marketplace, orderId, "Ana", "es", reason,
                BuyerRequest.of(RequestKind.FULL_REFUND), money(order), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(), LocalDate.ofInstant(at, java.time.ZoneOffset.UTC));
        DisputeCase c = db.stores().cases().create(new NewCase(TEAM, facts, owner, GROUP, at), List.of());
        db.stores().queries().recordDue(c.id(), due);
        return c;
    }

    private static DisputeCase offer(JdbcStores db, DisputeCase c, Instant at) {
        SentOffer sent = new SentOffer(1, OfferKind.PARTIAL_REFUND, Optional.empty());
        return db.stores().cases().update(c.withState(com.disputedesk.core.cases.CaseState.AWAITING_BUYER),
                new TimelineEntry(at, "test", TimelineEntry.Kind.OFFER_SENT, sent.timelineText()));
    }

    private static void close(JdbcStores db, DisputeCase c, Outcome outcome, String amount, Instant at) {
        db.stores().cases().update(c.closed(outcome, Optional.ofNullable(amount).map(OutcomeFiguresTest::money)),
                new TimelineEntry(at, "test", TimelineEntry.Kind.CLOSED, outcome.code()));
    }
}
