package com.disputedesk.core.stats;

import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.report.ReportFont;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/**
 * The /stats chart as one PNG, drawn headless with XChart: cases opened and closed per day over the period, the
 * refunded and kept value of closed cases per currency (a pair of bars for each currency, never one sum), and the
 * cases by reason. Labels are in the team's language, set in the {@link ReportFont}.
 */
public final class StatsChart {
    static final int WIDTH = 1200;
    static final int TREND_HEIGHT = 520;
    static final int MONEY_HEIGHT = 420;
    static final int REASONS_HEIGHT = 520;
    static final int HEIGHT = TREND_HEIGHT + MONEY_HEIGHT + REASONS_HEIGHT;

    private final Messages messages = new Messages("stats");
    private final ReportFont font;

    public StatsChart(ReportFont font) {
        this.font = font;
    }

    /** The chart's labels in {@code lang}: what the font must show. */
    public List<String> labels(UiLanguage lang) {
        List<String> out = new ArrayList<>(Stream.of("chart.title.trend", "chart.opened", "chart.closed",
                "chart.day", "chart.cases", "chart.title.money", "chart.refunded", "chart.kept", "chart.currency",
                "chart.amount", "chart.title.reasons", "chart.reason", "chart.no.closed")
                .map(k -> messages.get(lang, k)).toList());
        for (Reason r : Reason.values()) {
            out.add(Glossary.label(lang, r));
        }
        return out;
    }

    /** The PNG bytes. */
    public byte[] png(Trend trend, Map<Reason, Integer> byReason, UiLanguage lang, ZoneId zone) throws IOException {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            int y = 0;
            y = paint(g, trend(trend, lang, zone), y, TREND_HEIGHT);
            y = paint(g, money(trend, lang), y, MONEY_HEIGHT);
            paint(g, reasons(byReason, lang), y, REASONS_HEIGHT);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer in this Java");
        }
        return out.toByteArray();
    }

    private static int paint(Graphics2D g, Chart<?, ?> chart, int y, int height) {
        AffineTransform saved = g.getTransform();
        g.translate(0, y);
        chart.paint(g, WIDTH, height);
        g.setTransform(saved);
        return y + height;
    }

    private XYChart trend(Trend trend, UiLanguage lang, ZoneId zone) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(TREND_HEIGHT)
                .title(messages.get(lang, "chart.title.trend")).xAxisTitle(messages.get(lang, "chart.day"))
                .yAxisTitle(messages.get(lang, "chart.cases")).build();
        style(chart.getStyler());
        chart.getStyler().setTimezone(TimeZone.getTimeZone(zone));
        chart.getStyler().setDatePattern("MM-dd");
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        chart.getStyler().setYAxisMin(0.0);
        List<Date> days = new ArrayList<>();
        for (LocalDate d : trend.opened().keySet()) {
            days.add(Date.from(d.atStartOfDay(zone).toInstant()));
        }
        chart.addSeries(messages.get(lang, "chart.opened"), days, new ArrayList<>(trend.opened().values()));
        chart.addSeries(messages.get(lang, "chart.closed"), days, new ArrayList<>(trend.closed().values()));
        return chart;
    }

    private CategoryChart money(Trend trend, UiLanguage lang) {
        boolean none = trend.money().isEmpty();
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(MONEY_HEIGHT)
                .title(messages.get(lang, "chart.title.money")
                        + (none ? " (" + messages.get(lang, "chart.no.closed") + ")" : ""))
                .xAxisTitle(messages.get(lang, "chart.currency")).yAxisTitle(messages.get(lang, "chart.amount"))
                .build();
        style(chart.getStyler());
        List<String> currencies = new ArrayList<>();
        List<Double> refunded = new ArrayList<>();
        List<Double> kept = new ArrayList<>();
        for (Map.Entry<Currency, Trend.Value> e : trend.money().entrySet()) {
            currencies.add(e.getKey().getCurrencyCode());
            refunded.add(e.getValue().refunded().amount().doubleValue());
            kept.add(e.getValue().kept().amount().doubleValue());
        }
        if (none) {
            currencies.add("-");
            refunded.add(0.0);
            kept.add(0.0);
        }
        chart.addSeries(messages.get(lang, "chart.refunded"), currencies, refunded);
        chart.addSeries(messages.get(lang, "chart.kept"), currencies, kept);
        return chart;
    }

    private CategoryChart reasons(Map<Reason, Integer> byReason, UiLanguage lang) {
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(REASONS_HEIGHT)
                .title(messages.get(lang, "chart.title.reasons")).xAxisTitle(messages.get(lang, "chart.reason"))
                .yAxisTitle(messages.get(lang, "chart.cases")).build();
        style(chart.getStyler());
        chart.getStyler().setLegendVisible(false);
        chart.getStyler().setXAxisLabelRotation(20);
        chart.getStyler().setYAxisDecimalPattern("#,##0");
        List<String> names = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        byReason.entrySet().stream().sorted(Map.Entry.<Reason, Integer>comparingByValue().reversed())
                .forEach(e -> {
                    names.add(Glossary.label(lang, e.getKey()));
                    counts.add(e.getValue());
                });
        if (names.isEmpty()) {
            names.add("-");
            counts.add(0);
        }
        chart.addSeries(messages.get(lang, "chart.cases"), names, counts);
        return chart;
    }

    private void style(AxesChartStyler s) {
        s.setChartBackgroundColor(Color.WHITE);
        s.setPlotBackgroundColor(Color.WHITE);
        s.setLegendPosition(Styler.LegendPosition.InsideNE);
        s.setBaseFont(font.awt(Font.PLAIN, 14f));
        s.setChartTitleFont(font.awt(Font.BOLD, 18f));
        s.setLegendFont(font.awt(Font.PLAIN, 14f));
        s.setAxisTitleFont(font.awt(Font.PLAIN, 14f));
        s.setAxisTickLabelsFont(font.awt(Font.PLAIN, 12f));
        s.setAnnotationTextFont(font.awt(Font.PLAIN, 12f));
    }
}
