package com.disputedesk.core.remedy;

import com.disputedesk.core.chat.Card;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.text.Cut;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Shows a {@link Suggestion} to the team as a {@link Card}, in the team's language: the numbered offers with
 * amount and why, the evidence checklist, the deadline in the team's time zone with the time left, notes, and
 * the draft for the buyer (with a notice when it fell back to English). No field value is longer than
 * {@link #MAX_FIELD} characters (Discord's embed limit): longer values continue in a "(cont.)" field.
 */
public final class SuggestionView {
    /** The longest value one card field may carry. */
    public static final int MAX_FIELD = 1024;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Messages messages = new Messages("remedy");

    /** The card with the default title ("Suggested remedy"). */
    public Card render(Suggestion suggestion, UiLanguage lang, ZoneId zone, Instant now) {
        return render(messages.get(lang, "view.title"), suggestion, lang, zone, now);
    }

    /**
     * The card under the caller's title (e.g. "#3 · Wrong size · AliExpress").
     *
     * @param zone the team's time zone, for the deadline's local time
     * @param now  the time the card is shown, for the time left
     */
    public Card render(String title, Suggestion suggestion, UiLanguage lang, ZoneId zone, Instant now) {
        List<Card.Field> fields = new ArrayList<>();
        fields.addAll(split(messages.get(lang, "view.offers"), messages.get(lang, "view.offers.more"),
                offers(suggestion, lang)));
        fields.addAll(split(messages.get(lang, "view.evidence"), messages.get(lang, "view.evidence"),
                evidence(suggestion, lang)));
        fields.add(new Card.Field(messages.get(lang, "view.deadline"), deadline(suggestion.deadline(), lang, zone,
                now)));
        if (!suggestion.notes().isEmpty()) {
            StringBuilder notes = new StringBuilder();
            for (Suggestion.Note note : suggestion.notes()) {
                notes.append(notes.length() == 0 ? "" : "\n").append("\u2022 ").append(note.text(lang));
            }
            fields.addAll(split(messages.get(lang, "view.notes"), messages.get(lang, "view.notes"),
                    notes.toString()));
        }
        BuyerMessage draft = suggestion.draft();
        String draftText = draft.fallback()
                ? messages.get(lang, "view.draft.fallback", draft.language()) + "\n\n" + draft.text()
                : draft.text();
        fields.addAll(split(messages.get(lang, "view.draft", draft.language()),
                messages.get(lang, "view.draft.more"), draftText));
        String footer = messages.get(lang, "view.evidence.summary",
                suggestion.evidence().size() - suggestion.missingEvidence().size(), suggestion.evidence().size());
        return new Card(title, fields, footer);
    }

    private String offers(Suggestion suggestion, UiLanguage lang) {
        StringBuilder out = new StringBuilder();
        for (Offer offer : suggestion.offers()) {
            String amount = offer.amount().map(a -> messages.get(lang, "view.offer.amount", a.toString())).orElse("");
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(messages.get(lang, "view.offer.line", offer.rank(), Glossary.label(lang, offer.kind()), amount))
                    .append('\n').append(messages.get(lang, "view.offer.why", offer.why(lang), offer.rule()));
        }
        return out.toString();
    }

    private String evidence(Suggestion suggestion, UiLanguage lang) {
        StringBuilder out = new StringBuilder();
        for (EvidenceItem item : suggestion.evidence()) {
            if (out.length() > 0) {
                out.append('\n');
            }
            out.append(messages.get(lang, item.atHand() ? "view.evidence.have" : "view.evidence.missing",
                    Glossary.label(lang, item.kind())));
        }
        return out.toString();
    }

    /** "2026-03-07 00:00 (Europe/Warsaw) · 3d 4h left", then what happens, and a warning when unverified. */
    public String deadline(Deadline deadline, UiLanguage lang, ZoneId zone, Instant now) {
        String due = messages.get(lang, "view.deadline.due", WHEN.format(deadline.due().atZone(zone)), zone.getId());
        StringBuilder out = new StringBuilder(due).append(" \u00b7 ").append(timeLeft(deadline, lang, now));
        out.append('\n').append(messages.get(lang, "view.deadline.then", deadline.what(lang)));
        if (!deadline.verified()) {
            out.append("\n\u26a0 ").append(messages.get(lang, "view.deadline.unverified"));
        }
        return out.toString();
    }

    /** "3d 4h left" or "overdue by 5h 10m", in the team's language. */
    public String timeLeft(Deadline deadline, UiLanguage lang, Instant now) {
        Duration left = deadline.left(now);
        if (left.isNegative()) {
            return messages.get(lang, "view.deadline.overdue", span(left.negated(), lang));
        }
        return messages.get(lang, "view.deadline.left", span(left, lang));
    }

    /** "3d 4h", "5h 10m", "12m": the two largest units, rounded down. */
    public String span(Duration d, UiLanguage lang) {
        long days = d.toDays();
        if (days > 0) {
            return messages.get(lang, "time.days-hours", days, d.toHoursPart());
        }
        if (d.toHours() > 0) {
            return messages.get(lang, "time.hours-minutes", d.toHours(), d.toMinutesPart());
        }
        return messages.get(lang, "time.minutes", d.toMinutes());
    }

    /**
     * {@code value} as one field, or as several when longer than {@link #MAX_FIELD}: cut at line ends where
     * possible, the first under {@code label}, the rest under {@code moreLabel}.
     */
    static List<Card.Field> split(String label, String moreLabel, String value) {
        List<Card.Field> fields = new ArrayList<>();
        String rest = value;
        while (rest.length() > MAX_FIELD) {
            int cut = rest.lastIndexOf('\n', MAX_FIELD);
            if (cut <= 0) {
                cut = rest.lastIndexOf(' ', MAX_FIELD);
            }
            if (cut <= 0) {
                cut = Cut.boundary(rest, MAX_FIELD);
            }
            fields.add(new Card.Field(fields.isEmpty() ? label : moreLabel, rest.substring(0, cut).stripTrailing()));
            rest = rest.substring(cut).stripLeading();
        }
        fields.add(new Card.Field(fields.isEmpty() ? label : moreLabel, rest));
        return fields;
    }
}
