package com.disputedesk.core.stats;

import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.CaseReports;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.report.ExportFolder;
import com.disputedesk.core.report.FileSender;
import com.disputedesk.core.report.ReportFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the /stats chart after the figures: the period's cases read once through {@link CaseReports}, drawn by
 * {@link StatsChart}, written to the export folder and sent as a file (the console prints where it lies). A chart
 * that cannot be drawn is said so in one line; the figures already sent stand.
 */
public final class ChartReply {
    private static final Logger log = LoggerFactory.getLogger(ChartReply.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm", Locale.ROOT);

    private final CaseReports reports;
    private final ExportFolder folder;
    private final Supplier<ReportFont> font;
    private final FileSender sender = new FileSender();
    private final Messages messages = new Messages("stats");

    /** @param font looked up when the first chart is drawn */
    public ChartReply(CaseReports reports, ExportFolder folder, Supplier<ReportFont> font) {
        this.reports = reports;
        this.folder = folder;
        this.font = font;
    }

    /** Draws and sends the chart of {@code stats}, the team's figures since {@code since}. */
    void send(Turn turn, TeamStats stats, Instant since, int days) {
        UiLanguage lang = turn.language();
        try {
            Trend.Tally tally = new Trend.Tally(since, turn.now(), turn.zone());
            reports.eachSince(turn.team().id(), since, tally::add);
            StatsChart chart = new StatsChart(font.get());
            byte[] png = chart.png(tally.result(), stats.byReason(), lang, turn.zone());
            Path file = folder.newFile("stats-" + days + "d-" + STAMP.format(turn.now().atZone(turn.zone())), ".png");
            Files.write(file, png);
            String caption = messages.get(lang, "chart.caption", Integer.toString(days));
            if (!font.get().shows(String.join("", chart.labels(lang)))) {
                caption += "\n" + messages.get(lang, "chart.font.missing", "fonts-wqy-microhei");
            }
            sender.send(turn, file, caption);
        } catch (IOException | RuntimeException e) {
            log.warn("the /stats chart of team {} could not be drawn", turn.team().id(), e);
            turn.say(messages.get(lang, "chart.failed", e.toString()));
        }
    }
}
