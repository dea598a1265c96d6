package com.disputedesk.core.export;

import com.disputedesk.core.bot.Arguments;
import com.disputedesk.core.bot.CaseRef;
import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.CommandSpec;
import com.disputedesk.core.bot.CommandTexts;
import com.disputedesk.core.bot.Param;
import com.disputedesk.core.bot.Section;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.CaseFinder;
import com.disputedesk.core.cases.CaseReports;
import com.disputedesk.core.cases.CaseStore;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.evidence.EvidenceStore;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.Marketplace;
import com.disputedesk.core.remedy.Remedies;
import com.disputedesk.core.report.ExportFolder;
import com.disputedesk.core.report.FileSender;
import com.disputedesk.core.report.ReportFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /export <case>}: the case's evidence pack (a ZIP for the marketplace's escalation form);
 * {@code /export cases [days]}: a CSV of the team's cases opened or closed in the last N days (default 30). Both are
 * written to the export folder and sent back as a file, within what the chat takes.
 */
public final class ExportCommand implements CommandHandler {
    /** What is typed instead of a case to export every case of the period. */
    static final String ALL_CASES = "cases";
    static final int DEFAULT_DAYS = 30;
    static final int MAX_DAYS = 3650;
    static final String BUNDLE = "export";

    static final Param<CaseRef> CASE = Param.caseRef("case");
    static final Param<Integer> DAYS = Param.integer("days", 1, MAX_DAYS).optional();
    static final CommandSpec SPEC = CommandSpec.of("export", BUNDLE, Section.CASES).params(CASE, DAYS)
            .example("12").build();

    private static final Logger log = LoggerFactory.getLogger(ExportCommand.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm", Locale.ROOT);

    private final CaseStore cases;
    private final CaseFinder finder;
    private final CaseReports reports;
    private final Remedies remedies;
    private final ExportFolder folder;
    private final EvidencePack pack;
    private final FileSender sender = new FileSender();
    private final Messages messages = new Messages(BUNDLE);
    private final CommandTexts commandTexts = new CommandTexts();

    /**
     * @param font the font the summary is set in; looked up when the first pack is made (a search of the
     *             machine's fonts), so a desk that never exports never looks
     */
    public ExportCommand(CaseStore cases, EvidenceStore evidence, CaseReports reports, Remedies remedies,
                         ExportFolder folder, Supplier<ReportFont> font) {
        this.cases = cases;
        this.finder = new CaseFinder(cases);
        this.reports = reports;
        this.remedies = remedies;
        this.folder = folder;
        this.pack = new EvidencePack(evidence, messages, font);
    }

    @Override
    public List<CommandSpec> specs() {
        return List.of(SPEC);
    }

    @Override
    public void handle(Turn turn, Arguments args) {
        UiLanguage lang = turn.language();
        String typed = args.get(CASE).typed();
        Optional<Integer> days = args.find(DAYS);
        try {
            if (typed.equalsIgnoreCase(ALL_CASES)) {
                exportCases(turn, days.orElse(DEFAULT_DAYS));
                return;
            }
            if (days.isPresent()) {
                turn.say(messages.get(lang, "export.days.cases.only", commandTexts.usage(SPEC, lang)));
                return;
            }
            Optional<DisputeCase> c = finder.find(turn.team().id(), typed);
            if (c.isEmpty()) {
                turn.say(messages.get(lang, "export.unknown", args.get(CASE).shown(), commandTexts.usage(SPEC, lang)));
                return;
            }
            exportPack(turn, c.get());
        } catch (IOException | UncheckedIOException e) {
            log.warn("export for team {} failed", turn.team().id(), e);
            turn.say(messages.get(lang, "export.failed", e.getMessage() == null ? e.toString() : e.getMessage()));
        }
    }

    private void exportPack(Turn turn, DisputeCase c) throws IOException {
        String ref = Integer.toString(c.number().value());
        Path zip = folder.newFile("case-" + ref + "-evidence-" + stamp(turn), ".zip");
        try {
            String marketplace = remedies.marketplace(c.facts().marketplace()).map(Marketplace::name)
                    .orElse(c.facts().marketplace());
            int files = pack.write(zip, c, marketplace, cases.timeline(c.id()), turn.language(), turn.zone(),
                    turn.now());
            sender.send(turn, zip, messages.get(turn.language(), "export.pack.caption", ref,
                    Integer.toString(files)));
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(zip);
            throw e;
        }
    }

    private void exportCases(Turn turn, int days) throws IOException {
        Instant since = turn.now().minus(Duration.ofDays(days));
        Path csv = folder.newFile("cases-" + days + "d-" + stamp(turn), ".csv");
        int rows;
        try (CasesCsv out = new CasesCsv(csv, turn.zone())) {
            reports.eachSince(turn.team().id(), since, r -> {
                try {
                    out.add(r);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            rows = out.rows();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(csv);
            throw e;
        }
        if (rows == 0) {
            Files.deleteIfExists(csv);
            turn.say(messages.get(turn.language(), "export.cases.none", Integer.toString(days)));
            return;
        }
        sender.send(turn, csv, messages.get(turn.language(), "export.cases.caption", Integer.toString(days),
                Integer.toString(rows)));
    }

    private static String stamp(Turn turn) {
        return STAMP.format(turn.now().atZone(turn.zone()));
    }
}
