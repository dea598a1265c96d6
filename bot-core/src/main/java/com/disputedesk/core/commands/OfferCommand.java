package com.disputedesk.core.commands;

import com.disputedesk.core.bot.CommandHandler;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.remedy.Offer;
import com.disputedesk.core.remedy.Suggestion;
import java.util.List;
import java.util.Optional;

/** /offer &lt;case&gt; &lt;offer number&gt;: records a rung of the ladder as sent; the case waits for the buyer. */
final class OfferCommand implements CommandHandler {
    private final Kit kit;
    private final SuggestionLines lines;

    OfferCommand(Kit kit) {
        this.kit = kit;
        this.lines = new SuggestionLines(kit.texts());
    }

    @Override
    public List<String> names() {
        return List.of("offer");
    }

    @Override
    public void handle(Turn turn, Inbound.Command command) {
        List<String> args = command.args();
        if (args.size() != 2) {
            kit.sayUsage(turn, "offer");
            return;
        }
        Optional<DisputeCase> found = kit.changeableCaseOrHint(turn, args.get(0), "offer");
        if (found.isEmpty()) {
            return;
        }
        DisputeCase c = found.get();
        Optional<Suggestion> suggestion = kit.suggestion(c, turn);
        if (suggestion.isEmpty()) {
            kit.say(turn, "suggestion.unavailable", c.facts().marketplace());
            return;
        }
        List<Offer> ladder = suggestion.get().offers();
        Optional<Offer> offer = rank(args.get(1)).flatMap(
                n -> ladder.stream().filter(o -> o.rank() == n).findFirst());
        if (offer.isEmpty()) {
            kit.say(turn, "offer.unknown", args.get(1), Kit.ref(c), Integer.toString(ladder.size()),
                    kit.usage(turn, "offer"));
            return;
        }
        if (kit.change(turn, c, () -> kit.service().offerSent(c, offer.get(), turn.member(), turn.now())).isEmpty()) {
            return;
        }
        kit.say(turn, "offer.recorded", Kit.ref(c), lines.offer(turn.language(), offer.get()));
    }

    private static Optional<Integer> rank(String text) {
        return text.matches("[0-9]{1,3}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
    }
}
