package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.CaseState;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.SentOffer;
import com.disputedesk.core.cases.ShippingFacts;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.Card;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.evidence.StoredEvidence;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.CaseClock;
import com.disputedesk.core.remedy.Deadline;
import com.disputedesk.core.remedy.Suggestion;
import com.disputedesk.core.text.Cut;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A case as a card: its facts, where it stands, the suggestion, the evidence files and the recent timeline, with the
 * buttons that work it.
 */
final class CaseCard {
    /** Enough history to see what happened lately without flooding the chat. */
    static final int TIMELINE_LINES = 15;
    private static final int SHA_PREFIX = 12;
    /** The actor of entries the bot writes itself (reminders sent). */
    private static final String BOT_ACTOR = "bot";

    private final Kit kit;
    private final Texts texts;
    private final SuggestionLines lines;
    private final TimelineText timelineText;

    CaseCard(Kit kit) {
        this.kit = kit;
        this.texts = kit.texts();
        this.lines = new SuggestionLines(kit.texts());
        this.timelineText = new TimelineText(kit.texts());
    }

    /** The buttons the card of {@code c} carries wherever it is shown ({@link CardButtons}). */
    List<Choice> choices(Turn turn, DisputeCase c) {
        return CardButtons.choices(kit, turn.language(), c);
    }

    Card render(Turn turn, DisputeCase c) {
        UiLanguage lang = turn.language();
        CaseFacts f = c.facts();
        List<Card.Field> fields = new ArrayList<>();
        fields.add(field(lang, "field.marketplace", marketplaceName(f.marketplace())));
        fields.add(field(lang, "field.order", f.orderId()));
        fields.add(field(lang, "field.buyer", texts.get(lang, "buyer.line", f.buyer(), f.buyerLanguage())));
        fields.add(field(lang, "field.reason", Glossary.label(lang, f.reason())));
        fields.add(field(lang, "field.request", Glossary.label(lang, f.request().kind())
                + f.request().amount().map(m -> ": " + m).orElse("")));
        fields.add(field(lang, "field.amounts", amounts(lang, f)));
        f.shipping().ifPresent(s -> fields.add(field(lang, "field.shipping", shipping(lang, s))));
        fields.add(field(lang, "field.evidence.at.hand", f.evidence().isEmpty() ? texts.get(lang, "none")
                : f.evidence().stream().sorted().map(k -> Glossary.label(lang, k)).collect(Collectors.joining(", "))));
        fields.add(field(lang, "field.state", state(lang, c)));
        fields.add(field(lang, "field.owner", c.owner().map(o -> o.displayName())
                .orElse(texts.get(lang, "owner.none"))));
        Optional<Suggestion> suggestion = kit.suggestion(c, turn);
        if (suggestion.isPresent()) {
            Suggestion s = suggestion.get();
            fields.addAll(Fields.split(texts.get(lang, "field.offers"), lines.offers(lang, s)));
            List<CaseClock> clocks = kit.clocks(c, turn);
            // the nearest clock still running after what happened on the case; the first deadline when none runs
            Deadline deadline = clocks.stream().filter(CaseClock::running)
                    .min(Comparator.comparing(k -> k.due().orElseThrow())).map(CaseClock::deadline)
                    .orElse(s.deadline());
            // A closed case's clocks have stopped: no countdown, no "overdue by", no "missed".
            fields.add(field(lang, "field.deadline", c.state() == CaseState.CLOSED
                    ? texts.get(lang, "deadline.closed", texts.time(deadline.due(), turn.zone()))
                    : lines.deadline(lang, deadline, turn.now(), turn.zone())));
            fields.addAll(Fields.split(texts.get(lang, "field.clocks"), c.state() == CaseState.CLOSED
                    ? texts.get(lang, "clocks.closed") : lines.clocks(lang, clocks, turn.now(), turn.zone())));
            fields.add(field(lang, "field.evidence.missing", lines.missing(lang, s)));
        } else {
            fields.add(field(lang, "field.offers", texts.get(lang, "suggestion.unavailable", f.marketplace())));
        }
        fields.addAll(Fields.split(texts.get(lang, "field.files"), files(lang, kit.evidence().forCase(c.id()))));
        fields.addAll(Fields.split(texts.get(lang, "field.timeline"), timeline(turn, kit.cases().timeline(c.id()))));
        String ref = Kit.ref(c);
        String footer = c.state() == CaseState.CLOSED ? texts.get(lang, "card.footer.closed", ref)
                : texts.get(lang, "card.footer", ref);
        return new Card(texts.get(lang, "card.title", ref, marketplaceName(f.marketplace()), f.orderId()), fields,
                footer);
    }

    private String state(UiLanguage lang, DisputeCase c) {
        String s = Glossary.label(lang, c.state());
        Optional<SentOffer> pending = kit.service().pendingOffer(c);
        if (pending.isPresent()) {
            s += " (" + texts.get(lang, "state.pending.offer", Integer.toString(pending.get().rank()),
                    Glossary.label(lang, pending.get().kind())) + ")";
        }
        if (c.outcome().isPresent()) {
            s += " (" + Glossary.label(lang, c.outcome().get())
                    + c.refund().map(m -> ", " + texts.get(lang, "refunded", m.toString())).orElse("")
                    + c.reshipCost().map(m -> ", " + texts.get(lang, "reship.cost", m.toString())).orElse("") + ")";
        }
        return s;
    }

    private String amounts(UiLanguage lang, CaseFacts f) {
        String defaultCost = texts.get(lang, "cost.default");
        return texts.get(lang, "amounts.line", f.orderAmount().toString(),
                f.itemCost().map(Object::toString).orElse(defaultCost),
                f.shippingCost().map(Object::toString).orElse(defaultCost));
    }

    private String shipping(UiLanguage lang, ShippingFacts s) {
        return texts.get(lang, "shipping.line", s.trackingNumber().orElse(texts.get(lang, "none")),
                Glossary.label(lang, s.status()), Integer.toString(s.daysSinceShipment()));
    }

    private String files(UiLanguage lang, List<StoredEvidence> files) {
        if (files.isEmpty()) {
            return texts.get(lang, "none");
        }
        return files.stream()
                .map(e -> Fields.line(e.fileName()) + " · " + Texts.size(e.size()) + " · sha256 "
                        + e.sha256().substring(0, Math.min(SHA_PREFIX, e.sha256().length())))
                .collect(Collectors.joining("\n"));
    }

    private String timeline(Turn turn, List<TimelineEntry> entries) {
        UiLanguage lang = turn.language();
        List<String> out = new ArrayList<>();
        int from = Math.max(0, entries.size() - TIMELINE_LINES);
        if (from > 0) {
            out.add(texts.get(lang, "timeline.earlier", Integer.toString(from)));
        }
        for (TimelineEntry e : entries.subList(from, entries.size())) {
            out.add(Fields.line(texts.time(e.at(), turn.zone()) + " " + actorName(e.actor()) + " · "
                    + Glossary.label(lang, e.kind()) + ": " + timelineText.detail(lang, e)));
        }
        return out.isEmpty() ? texts.get(lang, "none") : String.join("\n", out);
    }

    /** "telegram:123 Alice" shows as "Alice", the bot's own entries under the product's name. */
    private static String actorName(String actor) {
        if (actor.equals(BOT_ACTOR)) {
            return "DisputeDesk";
        }
        int space = actor.indexOf(' ');
        return space < 0 ? actor : actor.substring(space + 1);
    }

    private String marketplaceName(String id) {
        return kit.remedies().marketplace(id).map(m -> m.name()).orElse(id);
    }

    private Card.Field field(UiLanguage lang, String key, String value) {
        String v = Cut.shortened(value, Fields.MAX_VALUE);
        return new Card.Field(texts.get(lang, key), v.isEmpty() ? "-" : v);
    }
}
