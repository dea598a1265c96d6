package com.disputedesk.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.CaseReports.ReportedCase;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.report.ReportFont;
import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.DeskTest;
import com.disputedesk.core.testkit.TestDesk;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The chart /stats sends after its figures. */
class StatsChartTest extends DeskTest {
    /** Discord's upload limit on a server without boosts: the smallest limit a chart must fit. */
    private static final long SMALLEST_UPLOAD = 10L * 1024 * 1024;

    private DisputeCase open(Reason reason, String amount, String currency) {
        CaseFacts facts = new CaseFacts("aliexpress", "81000000000000" + (10 + reason.ordinal()), "Ana", "es",
                reason, BuyerRequest.of(RequestKind.FULL_REFUND), Money.of(amount, currency), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), LocalDate.of(2026, 3, 2));
        return desk.stores().stores().cases().create(new NewCase(TestDesk.TEAM.id(), facts, TestDesk.ALICE,
                TestDesk.CONSOLE, desk.clock().instant()), List.of());
    }

    private void close(DisputeCase c, Outcome outcome, Money refunded) {
        CaseStore cases = desk.stores().stores().cases();
        cases.update(cases.byNumber(c.team(), c.number()).orElseThrow().closed(outcome, Optional.ofNullable(refunded)),
                new TimelineEntry(desk.clock().instant(), "test", TimelineEntry.Kind.CLOSED, outcome.code()));
    }

    private static Path chart(ChatScript s) {
        List<Path> files = s.replies().stream().map(Reply::file).flatMap(Optional::stream).toList();
        assertThat(files).as(s.transcript()).hasSize(1);
        return files.get(0);
    }

    @Test
    void statsSendsAPngChartAfterTheFiguresThatDecodesWithinPlatformLimits() throws Exception {
        open(Reason.WRONG_SIZE, "40.00", "USD");
        desk.clock().advance(Duration.ofDays(1));
        close(open(Reason.NOT_RECEIVED, "25.00", "EUR"), Outcome.PARTIAL_REFUND, Money.of("5.00", "EUR"));

        ChatScript s = desk.chat().send("/stats 7").expect("Dispute figures for the last 7 days")
                .expect("Chart of the last 7 days").expectNoMore();
        Path png = chart(s);
        assertThat(png.getFileName().toString()).startsWith("stats-7d-").endsWith(".png");
        assertThat(png).startsWith(dir.resolve("exports"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(StatsChart.WIDTH);
        assertThat(image.getHeight()).isEqualTo(StatsChart.HEIGHT);
        // Telegram takes photos up to 10 MB and width + height up to 10,000; Discord's smallest limit is 10 MB
        assertThat(image.getWidth() + image.getHeight()).isLessThanOrEqualTo(10_000);
        assertThat(Files.size(png)).isLessThan(SMALLEST_UPLOAD);
    }

    @Test
    void noCasesNoChart() {
        ChatScript s = desk.chat().send("/stats").expect("No cases were opened").expectNoMore();
        assertThat(s.replies()).allMatch(r -> r.file().isEmpty());
    }

    @Test
    void theTrendCountsEachDayAndKeepsCurrenciesApart() {
        DisputeCase usd = open(Reason.WRONG_SIZE, "40.00", "USD");
        DisputeCase usd2 = open(Reason.WRONG_COLOUR, "10.00", "USD");
        desk.clock().advance(Duration.ofDays(2));
        DisputeCase eur = open(Reason.NOT_RECEIVED, "25.00", "EUR");
        close(usd, Outcome.PARTIAL_REFUND, Money.of("8.00", "USD"));
        close(usd2, Outcome.KEPT, null);
        close(eur, Outcome.FULL_REFUND, Money.of("25.00", "EUR"));

        Trend.Tally tally = new Trend.Tally(TestDesk.START.minus(Duration.ofDays(1)), desk.clock().instant(),
                TestDesk.TEAM.zone());
        desk.stores().stores().reports().eachSince(TestDesk.TEAM.id(), TestDesk.START.minus(Duration.ofDays(1)),
                tally::add);
        Trend trend = tally.result();

        assertThat(trend.opened()).containsEntry(LocalDate.of(2026, 3, 2), 2).containsEntry(LocalDate.of(2026, 3, 3), 0)
                .containsEntry(LocalDate.of(2026, 3, 4), 1).hasSize(4);
        assertThat(trend.closed()).containsEntry(LocalDate.of(2026, 3, 4), 3)
                .containsEntry(LocalDate.of(2026, 3, 2), 0);
        assertThat(trend.money()).containsOnlyKeys(Currency.getInstance("EUR"), Currency.getInstance("USD"));
        assertThat(trend.money().get(Currency.getInstance("USD")))
                .isEqualTo(new Trend.Value(Money.of("8.00", "USD"), Money.of("42.00", "USD")));
        assertThat(trend.money().get(Currency.getInstance("EUR")))
                .isEqualTo(new Trend.Value(Money.of("25.00", "EUR"), Money.of("0.00", "EUR")));
    }

    @Test
    void chineseLabelsAreDrawnWithAFontThatHasTheirGlyphs() throws Exception {
        ReportFont font = ReportFont.find();
        assertThat(font.coversCjk()).as("a CJK font: the machine's or the bundled one").isTrue();
        StatsChart chart = new StatsChart(font);
        List<String> labels = chart.labels(UiLanguage.ZH);
        assertThat(String.join("", labels)).contains("每日新建与关闭的案件", "尺码不对");

        Font drawn = font.awt(Font.PLAIN, 14f);
        FontRenderContext frc = new FontRenderContext(null, true, true);
        for (String label : labels) {
            assertThat(font.shows(label)).as(label).isTrue();
            GlyphVector glyphs = drawn.createGlyphVector(frc, label);
            for (int i = 0; i < glyphs.getNumGlyphs(); i++) {
                assertThat(glyphs.getGlyphCode(i)).as("glyph %d of %s", i, label)
                        .isNotEqualTo(drawn.getMissingGlyphCode());
            }
        }

        open(Reason.WRONG_SIZE, "40.00", "USD");
        desk.chat().send("/lang zh");
        ChatScript s = desk.chat().send("/stats").expect("最近 30 天").expect("最近 30 天的图表").expectNoMore();
        assertThat(s.lastReply().text()).doesNotContain("没有中文字体");
        assertThat(ImageIO.read(chart(s).toFile())).isNotNull();
    }

    @Test
    void withoutACjkFontTheChartStillDraws() throws Exception {
        ReportFont none = ReportFont.search(List.of(), List.of());
        assertThat(none.coversCjk()).isFalse();
        byte[] png = new StatsChart(none).png(new Trend.Tally(TestDesk.START, TestDesk.START, TestDesk.TEAM.zone())
                .add(new ReportedCase(open(Reason.WRONG_SIZE, "40.00", "USD"), Optional.empty())).result(),
                java.util.Map.of(Reason.WRONG_SIZE, 1), UiLanguage.ZH, TestDesk.TEAM.zone());
        assertThat(ImageIO.read(new java.io.ByteArrayInputStream(png))).isNotNull();
    }
}
