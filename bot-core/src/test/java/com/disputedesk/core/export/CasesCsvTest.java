package com.disputedesk.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.SentOffer;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.DeskTest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** /export cases &lt;days&gt;: one CSV row per case of the period, for a spreadsheet. */
class CasesCsvTest extends DeskTest {

    private void close(DisputeCase c, Outcome outcome, Money refunded) {
        CaseStore cases = desk.stores().stores().cases();
        DisputeCase now = cases.byNumber(c.team(), c.number()).orElseThrow();
        cases.update(now.closed(outcome, Optional.ofNullable(refunded)),
                new TimelineEntry(desk.clock().instant(), "test", TimelineEntry.Kind.CLOSED, outcome.code()));
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv))) {
            assertThat(p.getHeaderNames()).isEqualTo(CasesCsv.COLUMNS);
            return p.getRecords();
        }
    }

    @Test
    void everyCaseOfThePeriodIsOneRowAndTextRoundTrips() throws Exception {
        DisputeCase old = ExportFiles.open(desk, "8100000000000001", "Old", Reason.NOT_RECEIVED, "10.00", "EUR");
        desk.clock().advance(Duration.ofDays(40));
        ExportFiles.open(desk, "8100000000000002", "张伟, \"Wei\"\nline two", Reason.WRONG_SIZE, "40.00", "USD");
        DisputeCase third = ExportFiles.open(desk, "8100000000000003", "Ana", Reason.WRONG_ITEM, "1500", "JPY");
        close(third, Outcome.PARTIAL_REFUND, Money.of("500", "JPY"));
        close(old, Outcome.KEPT, null);

        ChatScript s = desk.chat().send("/export cases 30")
                .expect("Cases opened or closed in the last 30 days: 3 row(s), one per case").expectNoMore();
        Path file = ExportFiles.file(s);
        assertThat(file.getFileName().toString()).startsWith("cases-30d-").endsWith(".csv");
        byte[] bytes = Files.readAllBytes(file);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB,
                (byte) 0xBF});
        String csv = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(csv).startsWith(String.join(",", CasesCsv.COLUMNS) + "\r\n");

        List<CSVRecord> rows = parse(csv);
        assertThat(rows).extracting(r -> r.get("case")).containsExactly("1", "2", "3");
        CSVRecord first = rows.get(0);
        assertThat(first.get("state")).isEqualTo("closed");
        assertThat(first.get("outcome")).isEqualTo("kept");
        assertThat(first.get("opened_at")).isEqualTo("2026-03-02T09:00:00+01:00");
        assertThat(first.get("closed_at")).isEqualTo("2026-04-11T10:00:00+02:00");
        CSVRecord second = rows.get(1);
        assertThat(second.get("buyer")).isEqualTo("张伟, \"Wei\"\nline two");
        assertThat(second.get("reason")).isEqualTo("wrong-size");
        assertThat(second.get("order_amount")).isEqualTo("40.00");
        assertThat(second.get("currency")).isEqualTo("USD");
        assertThat(second.get("closed_at")).isEmpty();
        CSVRecord third3 = rows.get(2);
        assertThat(third3.get("outcome")).isEqualTo("partial-refund");
        assertThat(third3.get("refunded_amount")).isEqualTo("500");
        assertThat(third3.get("currency")).isEqualTo("JPY");
        assertThat(third3.get("owner")).isEqualTo("Alice");
    }

    @Test
    void eachRowSaysWhenTheFirstOfferWentOutWhetherTheDeadlineWasMissedAndWhatWasRefundedAndKept()
            throws Exception {
        DisputeCase late = ExportFiles.open(desk, "8100000000000001", "Ana", Reason.WRONG_SIZE, "40.00", "USD");
        desk.stores().stores().queries().recordDue(late.id(), Optional.of(desk.clock().instant()
                .plus(Duration.ofHours(1))));
        DisputeCase reshipped = ExportFiles.open(desk, "8100000000000002", "Bo", Reason.NOT_RECEIVED, "40.00",
                "USD");
        ExportFiles.open(desk, "8100000000000003", "Cy", Reason.WRONG_ITEM, "1500", "JPY");
        desk.clock().advance(Duration.ofHours(2));
        desk.stores().stores().cases().update(late.withState(CaseState.AWAITING_BUYER), new TimelineEntry(
                desk.clock().instant(), "test", TimelineEntry.Kind.OFFER_SENT,
                new SentOffer(1, OfferKind.PARTIAL_REFUND, Optional.of(Money.of("10.00", "USD"))).timelineText()));
        desk.clock().advance(Duration.ofDays(1));
        close(late, Outcome.PARTIAL_REFUND, Money.of("10.00", "USD"));
        close(reshipped, Outcome.RESHIPPED, Money.of("5.00", "USD"));

        ChatScript s = desk.chat().send("/export cases 30").expect("3 row(s)");
        List<CSVRecord> rows = parse(Files.readString(ExportFiles.file(s), StandardCharsets.UTF_8).substring(1));

        CSVRecord first = rows.get(0);
        assertThat(first.get("first_offer_at")).isEqualTo("2026-03-02T11:00:00+01:00");
        assertThat(first.get("closed_at")).isEqualTo("2026-03-03T11:00:00+01:00");
        assertThat(first.get("deadline_missed")).isEqualTo("first-offer");
        assertThat(first.get("refunded")).isEqualTo("10.00");
        assertThat(first.get("loss_avoided")).isEqualTo("30.00");
        CSVRecord second = rows.get(1);
        assertThat(second.get("first_offer_at")).isEmpty();
        assertThat(second.get("deadline_missed")).isEmpty();
        assertThat(second.get("refunded_amount")).isEqualTo("5.00");
        assertThat(second.get("refunded")).isEqualTo("0.00");
        assertThat(second.get("loss_avoided")).isEqualTo("40.00");
        CSVRecord open = rows.get(2);
        assertThat(List.of(open.get("first_offer_at"), open.get("deadline_missed"), open.get("refunded"),
                open.get("loss_avoided"))).containsOnly("");
    }

    @Test
    void aShorterPeriodLeavesOlderCasesOut() throws Exception {
        ExportFiles.open(desk, "8100000000000001", "Old", Reason.NOT_RECEIVED, "10.00", "EUR");
        desk.clock().advance(Duration.ofDays(10));
        ExportFiles.open(desk, "8100000000000002", "New", Reason.WRONG_SIZE, "40.00", "USD");

        ChatScript s = desk.chat().send("/export cases 7").expect("1 row(s)");
        List<CSVRecord> rows = parse(Files.readString(ExportFiles.file(s), StandardCharsets.UTF_8).substring(1));
        assertThat(rows).extracting(r -> r.get("buyer")).containsExactly("New");
        desk.chat().send("/export CASES").expect("last 30 days: 2 row(s)");
    }

    @Test
    void anEmptyPeriodSaysSoAndSendsNoFile() {
        ChatScript s = desk.chat().send("/export cases")
                .expect("No case was opened or closed in the last 30 days: there is nothing to export.")
                .expectNoMore();
        assertThat(ExportFiles.files(s)).isEmpty();
        desk.chat().send("/export cases 0").expect("Usage: /export");
    }
}
