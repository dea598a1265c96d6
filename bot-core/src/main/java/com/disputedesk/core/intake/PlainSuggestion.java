package com.disputedesk.core.intake;

import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.chat.Card;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.remedy.EvidenceItem;
import com.disputedesk.core.remedy.Offer;
import com.disputedesk.core.remedy.Suggestion;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain rendering of a suggestion as a card in the team's language, used until the remedy feature's own
 * view is wired in its place (see {@link OpenCase.SuggestionRenderer}).
 */
public final class PlainSuggestion implements OpenCase.SuggestionRenderer {
    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Messages messages = new Messages("intake");

    @Override
    public Reply render(DisputeCase openedCase, Suggestion s, Turn turn) {
        List<String> offers = new ArrayList<>();
        for (Offer o : s.offers()) {
            offers.add(o.rank() + ". " + messages.get(turn.language(), "offer." + o.kind().code())
                    + o.amount().map(a -> " " + a).orElse("") + " - " + o.why());
        }
        List<String> evidence = new ArrayList<>();
        for (EvidenceItem e : s.evidence()) {
            evidence.add((e.atHand() ? "[x] " : "[ ] ") + messages.get(turn.language(), "evidence." + e.kind().code()));
        }
        Duration left = s.deadline().left(turn.now());
        String due = DUE.format(s.deadline().due().atZone(turn.team().zone())) + " ("
                + messages.get(turn.language(), "suggestion.left", Math.max(0, left.toHours())) + ")";
        List<Card.Field> fields = List.of(
                new Card.Field(label(turn, "suggestion.offers"), String.join("\n", offers)),
                new Card.Field(label(turn, "suggestion.evidence"),
                        evidence.isEmpty() ? "-" : String.join("\n", evidence)),
                new Card.Field(label(turn, "suggestion.deadline"), due),
                new Card.Field(messages.get(turn.language(), "suggestion.draft", s.draft().language()),
                        s.draft().text()));
        Card card = new Card(messages.get(turn.language(), "suggestion.title", openedCase.number().toString()), fields,
                s.draft().fallback() ? messages.get(turn.language(), "suggestion.fallback") : "");
        return Reply.text(messages.get(turn.language(), "suggestion.intro")).withCard(card);
    }

    private String label(Turn turn, String key) {
        return messages.get(turn.language(), key);
    }
}
