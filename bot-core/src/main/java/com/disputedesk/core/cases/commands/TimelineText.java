package com.disputedesk.core.cases.commands;

import com.disputedesk.core.cases.BuyerAnswer;
import com.disputedesk.core.cases.CaseService;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.ReturnStep;
import com.disputedesk.core.cases.SentOffer;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.kernel.UiLanguage;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A timeline line's details in the team's language. Some kinds are stored in a fixed machine wording that the
 * engine reads back ("offer 2: partial-refund 15.00 USD", "buyer rejected offer 1", "kept, refunded 5.00 USD"):
 * they are stored once and shown in whatever language the team reads today. A text in no known wording (an
 * older or a free note) is shown as stored.
 */
final class TimelineText {
    private static final Pattern REPLY = Pattern.compile("^buyer ([a-z]+) offer (\\d+)(?:: (.*))?$", Pattern.DOTALL);
    private static final Pattern CLOSED = Pattern.compile("^([a-z-]+)(?:, (refunded|reship cost) (.+))?$");
    private static final Pattern EVIDENCE = Pattern.compile("^(.+) \\((\\d+) bytes\\), sha256 ([0-9a-f]+)$",
            Pattern.DOTALL);
    private static final String CHANGED = CaseService.REQUEST_CHANGED;
    private static final int SHA_PREFIX = 12;

    private final Texts texts;

    TimelineText(Texts texts) {
        this.texts = texts;
    }

    /** What happened, for the team: the stored text read in {@code lang} where its wording is known. */
    String detail(UiLanguage lang, TimelineEntry e) {
        Optional<String> read = switch (e.kind()) {
            case OFFER_SENT -> SentOffer.parse(e.text()).map(o -> offer(lang, o));
            case BUYER_REPLIED -> reply(lang, e.text());
            case CLOSED -> closed(lang, e.text());
            case EVIDENCE -> evidence(lang, e.text());
            case REQUEST_CHANGED -> e.text().startsWith(CHANGED)
                    ? Optional.of(texts.get(lang, "timeline.changed", e.text().substring(CHANGED.length())))
                    : Optional.empty();
            case RETURN -> ReturnStep.parse(e.text()).map(r -> {
                String line = texts.get(lang, "timeline.return." + r.step().code());
                return r.words().map(w -> texts.get(lang, "timeline.with-words", line, w)).orElse(line);
            });
            default -> Optional.empty();
        };
        return read.orElse(e.text());
    }

    private String offer(UiLanguage lang, SentOffer o) {
        String what = Glossary.label(lang, o.kind()) + o.amount().map(m -> " · " + m).orElse("");
        return texts.get(lang, "timeline.offer", Integer.toString(o.rank()), what);
    }

    private Optional<String> reply(UiLanguage lang, String text) {
        Matcher m = REPLY.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Coded.parse(BuyerAnswer.class, m.group(1)).map(answer -> {
            String line = texts.get(lang, "timeline.reply." + answer.code(), m.group(2));
            return m.group(3) == null ? line : texts.get(lang, "timeline.with-words", line, m.group(3));
        });
    }

    private Optional<String> closed(UiLanguage lang, String text) {
        Matcher m = CLOSED.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Coded.parse(Outcome.class, m.group(1)).map(outcome -> m.group(2) == null
                ? Glossary.label(lang, outcome)
                : texts.get(lang, m.group(2).equals("refunded") ? "timeline.closed.refunded" : "timeline.closed.cost",
                        Glossary.label(lang, outcome), m.group(3)));
    }

    private Optional<String> evidence(UiLanguage lang, String text) {
        Matcher m = EVIDENCE.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        String sha = m.group(3).substring(0, Math.min(SHA_PREFIX, m.group(3).length()));
        return Optional.of(texts.get(lang, "timeline.evidence", m.group(1), Texts.size(Long.parseLong(m.group(2))), sha));
    }
}
