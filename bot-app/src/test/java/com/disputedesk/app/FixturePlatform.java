package com.disputedesk.app;

import com.disputedesk.app.platform.PlatformAdapter;
import com.disputedesk.core.bot.Bot;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.chat.TypedText;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A platform adapter the way a new platform module would write one, with no network: members' messages come from
 * the test, replies are recorded. It serves the team's console chat, the one chat the shipped settings give it.
 * On close it hands over one message still queued, as a real adapter drains what it holds.
 */
final class FixturePlatform implements PlatformAdapter {
    private final ChatRef chat = ChatRef.of(Platform.CONSOLE, "console");
    private final Member member = new Member(Platform.CONSOLE, "operator", "Operator");
    private final List<Reply> replies = new CopyOnWriteArrayList<>();
    private volatile Bot bot;
    private volatile String queuedAtClose;
    private volatile boolean closed;

    @Override
    public Platform platform() {
        return Platform.CONSOLE;
    }

    @Override
    public Outbox outbox() {
        return message -> replies.add(message.reply());
    }

    @Override
    public void start(Bot bot) {
        this.bot = bot;
    }

    void type(String text) {
        bot.handle(TypedText.parse(chat, member, text, Optional.empty()));
    }

    /** Presses the button of the last reply whose label is {@code label}. */
    void press(String label) {
        Choice choice = last().choices().stream().filter(c -> c.label().equals(label)).findFirst().orElseThrow();
        bot.handle(new Inbound.ChoicePicked(chat, member, choice.id(), Optional.empty()));
    }

    void queueForClose(String text) {
        queuedAtClose = text;
    }

    Reply last() {
        return replies.get(replies.size() - 1);
    }

    List<Reply> replies() {
        return List.copyOf(replies);
    }

    boolean closed() {
        return closed;
    }

    @Override
    public void close() {
        if (queuedAtClose != null) {
            type(queuedAtClose);
        }
        closed = true;
    }
}
