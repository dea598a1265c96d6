package com.disputedesk.core.export;

import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.SentOffer;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.export.SummaryPdf.Line;
import com.disputedesk.core.export.SummaryPdf.Style;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.report.FileSender;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The words of an evidence pack's summary, in the team's language: the case's facts, what the buyer asks for, the
 * offers made and the buyer's answers with their times, the whole timeline, and every evidence file with its
 * SHA-256 and size.
 */
final class PackSummary {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages;
    private final UiLanguage lang;
    private final ZoneId zone;

    PackSummary(Messages messages, UiLanguage lang, ZoneId zone) {
        this.messages = messages;
        this.lang = lang;
        this.zone = zone;
    }

    /** A file of the pack as the summary lists it. */
    record PackedFile(String name, long size, String sha256, Instant storedAt, Optional<String> problem) {
    }

    List<Line> lines(DisputeCase c, String marketplaceName, List<TimelineEntry> timeline, List<PackedFile> files,
                     Instant madeAt) {
        CaseFacts f = c.facts();
        List<Line> out = new ArrayList<>();
        String ref = Integer.toString(c.number().value());
        out.add(new Line(Style.TITLE, get("pack.title", ref, marketplaceName, f.orderId())));
        out.add(text(get("pack.made", time(madeAt), zone.getId())));

        out.add(heading(get("pack.facts")));
        out.add(text(get("pack.marketplace", marketplaceName)));
        out.add(text(get("pack.order", f.orderId())));
        out.add(text(get("pack.buyer", f.buyer(), f.buyerLanguage())));
        out.add(text(get("pack.reason", Glossary.label(lang, f.reason()))));
        out.add(text(get("pack.amount", f.orderAmount().toString())));
        out.add(text(get("pack.opened", f.openedOn().toString(), time(c.openedAt()))));
        f.shipping().ifPresent(s -> out.add(text(get("pack.shipping",
                s.trackingNumber().orElse("-"), Glossary.label(lang, s.status()),
                Integer.toString(s.daysSinceShipment())))));
        if (!f.evidence().isEmpty()) {
            out.add(text(get("pack.evidence.at.hand", f.evidence().stream().sorted()
                    .map(k -> Glossary.label(lang, k)).collect(Collectors.joining(", ")))));
        }
        out.add(text(get("pack.state", Glossary.label(lang, c.state())
                + c.outcome().map(o -> " · " + Glossary.label(lang, o)).orElse("")
                + c.refunded().map(m -> " · " + get("pack.refunded", m.toString())).orElse(""))));
        out.add(text(get("pack.owner", c.owner().map(o -> o.displayName()).orElse("-"))));

        out.add(heading(get("pack.request")));
        out.add(text(Glossary.label(lang, f.request().kind()) + f.request().amount().map(m -> ": " + m).orElse("")));

        out.add(heading(get("pack.offers")));
        List<TimelineEntry> talks = timeline.stream().filter(e -> e.kind() == TimelineEntry.Kind.OFFER_SENT
                || e.kind() == TimelineEntry.Kind.BUYER_REPLIED).toList();
        if (talks.isEmpty()) {
            out.add(text(get("pack.offers.none")));
        }
        for (TimelineEntry e : talks) {
            if (e.kind() == TimelineEntry.Kind.OFFER_SENT) {
                String offer = SentOffer.parse(e.text()).map(o -> get("pack.offer", Integer.toString(o.rank()),
                        Glossary.label(lang, o.kind()) + o.amount().map(m -> " " + m).orElse("")))
                        .orElse(e.text());
                out.add(text(time(e.at()) + " · " + offer + " (" + actor(e.actor()) + ")"));
            } else {
                out.add(text(time(e.at()) + " · " + get("pack.answer", e.text()) + " (" + actor(e.actor()) + ")"));
            }
        }

        out.add(heading(get("pack.timeline")));
        for (TimelineEntry e : timeline) {
            out.add(text(time(e.at()) + " · " + actor(e.actor()) + " · " + Glossary.label(lang, e.kind()) + ": "
                    + e.text()));
        }

        out.add(heading(get("pack.files", Integer.toString(files.size()))));
        if (files.isEmpty()) {
            out.add(text(get("pack.files.none")));
        }
        for (PackedFile file : files) {
            out.add(text(file.name() + " · " + FileSender.size(file.size()) + " · " + time(file.storedAt())
                    + "\nSHA-256 " + file.sha256() + file.problem().map(p -> "\n" + p).orElse("")));
        }
        out.add(text(get("pack.verify")));
        return out;
    }

    private String get(String key, Object... args) {
        return messages.get(lang, key, args);
    }

    private String time(Instant at) {
        return TIME.format(at.atZone(zone));
    }

    private static Line heading(String text) {
        return new Line(Style.HEADING, text);
    }

    private static Line text(String text) {
        return new Line(Style.TEXT, text);
    }

    /** "telegram:123 Alice" is shown as "Alice"; other actors ("bot") as they are. */
    private static String actor(String actor) {
        int space = actor.indexOf(' ');
        return space < 0 ? actor : actor.substring(space + 1);
    }
}
