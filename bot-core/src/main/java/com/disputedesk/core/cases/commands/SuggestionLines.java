package com.disputedesk.core.cases.commands;

import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.CaseClock;
import com.disputedesk.core.remedy.Deadline;
import com.disputedesk.core.remedy.EvidenceItem;
import com.disputedesk.core.remedy.Offer;
import com.disputedesk.core.remedy.Suggestion;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/** The parts of a suggestion the commands show, as lines in the team's language. */
final class SuggestionLines {
    private final Texts texts;

    SuggestionLines(Texts texts) {
        this.texts = texts;
    }

    /** "1. Partial refund, buyer keeps the item: 12.00 USD (why)", one line per rung. */
    String offers(UiLanguage lang, Suggestion s) {
        List<String> lines = new ArrayList<>();
        for (Offer o : s.offers()) {
            lines.add(offer(lang, o) + " (" + o.why(lang) + ")");
        }
        return String.join("\n", lines);
    }

    /** "Partial refund, buyer keeps the item: 12.00 USD" or just the kind when it has no amount. */
    String offer(UiLanguage lang, Offer o) {
        return o.rank() + ". " + Glossary.label(lang, o.kind()) + o.amount().map(m -> ": " + m).orElse("");
    }

    /** "2026-03-07 00:00 (in 4d 16h): the requested amount is refunded automatically". */
    String deadline(UiLanguage lang, Deadline d, Instant now, ZoneId zone) {
        String line = texts.get(lang, "deadline.line", texts.time(d.due(), zone), texts.dueIn(lang, d.left(now)),
                d.what(lang));
        return d.verified() ? line : line + " " + texts.get(lang, "deadline.unverified");
    }

    /**
     * The running clocks, nearest first, one a line: "accept or reject the buyer's request: 2026-03-07 14:30 (4d 23h
     * left)", or once passed "... (missed 2h ago): what the marketplace does then".
     */
    String clocks(UiLanguage lang, List<CaseClock> clocks, Instant now, ZoneId zone) {
        List<String> out = new ArrayList<>();
        clocks.stream().filter(CaseClock::running).sorted(Comparator.comparing(c -> c.due().orElseThrow()))
                .forEach(c -> {
                    String when = texts.time(c.due().orElseThrow(), zone);
                    String line = c.missed(now)
                            ? texts.get(lang, "clocks.missed", c.name(lang), when, texts.span(lang, c.left(now).negated()),
                                    c.rule().onMissed().in(lang))
                            : texts.get(lang, "clocks.running", c.name(lang), when, texts.span(lang, c.left(now)));
                    out.add(c.rule().verified() ? line : line + " " + texts.get(lang, "deadline.unverified"));
                });
        return out.isEmpty() ? texts.get(lang, "clocks.none") : String.join("\n", out);
    }

    /** Only what is still missing, or a line saying nothing is. */
    String missing(UiLanguage lang, Suggestion s) {
        List<EvidenceItem> missing = s.missingEvidence();
        if (missing.isEmpty()) {
            return texts.get(lang, "evidence.complete");
        }
        return missing.stream().map(e -> Glossary.label(lang, e.kind())).collect(Collectors.joining(", "));
    }
}
