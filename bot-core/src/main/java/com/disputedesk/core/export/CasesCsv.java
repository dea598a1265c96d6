package com.disputedesk.core.export;

import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.CaseReports.ReportedCase;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.Money;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code /export cases}: one row per case, RFC 4180 (comma separated, double-quoted where needed, CRLF), UTF-8
 * with a byte order mark so spreadsheet apps read Chinese and other scripts right. Column names and coded values
 * (reason, state, outcome) are the same in every team language, so a sheet built on them keeps working; times are
 * in the team's zone with their offset. The README lists the columns.
 */
final class CasesCsv implements AutoCloseable {
    /** The columns, in order. */
    static final List<String> COLUMNS = List.of("case", "marketplace", "order_id", "buyer", "buyer_language",
            "reason", "request", "request_amount", "order_amount", "currency", "state", "outcome", "refunded_amount",
            "owner", "opened_on", "opened_at", "closed_at", "first_offer_at", "deadline_missed", "refunded",
            "loss_avoided");
    static final char BOM = '\uFEFF';
    private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Writer writer;
    private final CSVPrinter printer;
    private final ZoneId zone;
    private int rows;

    CasesCsv(Path file, ZoneId zone) throws IOException {
        this.zone = zone;
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        writer.write(BOM);
        this.printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).get());
    }

    void add(ReportedCase r) throws IOException {
        DisputeCase c = r.dispute();
        CaseFacts f = c.facts();
        boolean closed = c.state() == CaseState.CLOSED;
        // money refunded only: a reship's cost is in refunded_amount, never here
        Money refunded = c.refund().filter(m -> m.currency().equals(f.orderAmount().currency()))
                .orElse(Money.zero(f.orderAmount().currency()));
        printer.printRecord(c.number().value(), f.marketplace(), f.orderId(), f.buyer(), f.buyerLanguage(),
                f.reason().code(), f.request().kind().code(), f.request().amount().map(CasesCsv::amount).orElse(""),
                amount(f.orderAmount()), f.orderAmount().currency().getCurrencyCode(), c.state().code(),
                c.outcome().map(Coded::code).orElse(""), c.refunded().map(CasesCsv::amount).orElse(""),
                c.owner().map(o -> o.displayName()).orElse(""), f.openedOn().toString(), time(c.openedAt()),
                r.closedAt().map(this::time).orElse(""), r.firstOfferAt().map(this::time).orElse(""),
                r.missed().map(Coded::code).orElse(""), closed ? amount(refunded) : "",
                closed ? amount(f.orderAmount().minus(refunded)) : "");
        rows++;
    }

    int rows() {
        return rows;
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    /** The amount as a plain decimal in the order's currency ("25.90"); the currency has its own column. */
    private static String amount(Money m) {
        return m.amount().toPlainString();
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
