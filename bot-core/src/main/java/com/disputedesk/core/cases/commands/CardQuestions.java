package com.disputedesk.core.cases.commands;

import com.disputedesk.core.bot.Conversation;
import com.disputedesk.core.bot.Turn;
import com.disputedesk.core.chat.Inbound;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;

/**
 * The one question a card's button may leave open per member and chat (the words of a buyer's counter, the amount
 * of a partial refund): the member's next plain message in that chat answers it. It sits in front of the running
 * dialogs, as the question was asked after any draft's last one. Any command the member sends drops the question
 * (they moved on), so does its expiry. Questions live in memory: after a restart the member presses the button
 * again, nothing half-done was stored.
 */
final class CardQuestions implements Conversation {
    /** Long enough to look an amount up in the marketplace's back office. */
    static final Duration EXPIRY = Duration.ofMinutes(30);

    private final Conversation next;
    private final Map<String, Open> open = new ConcurrentHashMap<>();

    /** A question waiting for its typed answer, and what to do with the answer. */
    private record Open(Instant asked, BiConsumer<Turn, String> answer) {
    }

    CardQuestions(Conversation next) {
        this.next = next;
    }

    /** Waits for the member's next message in this chat and hands it to {@code answer}, replacing any question. */
    void ask(Turn turn, BiConsumer<Turn, String> answer) {
        // questions nobody answered are forgotten here, so the map holds only live ones
        open.values().removeIf(o -> !o.asked().plus(EXPIRY).isAfter(turn.now()));
        open.put(key(turn), new Open(turn.now(), answer));
    }

    @Override
    public boolean onText(Turn turn, Inbound.Text text) {
        Optional<Open> q = Optional.ofNullable(open.remove(key(turn)))
                .filter(o -> o.asked().plus(EXPIRY).isAfter(turn.now()));
        if (q.isEmpty()) {
            return next.onText(turn, text);
        }
        q.get().answer().accept(turn, text.text());
        return true;
    }

    @Override
    public boolean onCommand(Turn turn, Inbound.Command command) {
        open.remove(key(turn));
        return next.onCommand(turn, command);
    }

    private static String key(Turn turn) {
        return turn.team().id() + "|" + turn.chat().key() + "|" + turn.member().key();
    }
}
