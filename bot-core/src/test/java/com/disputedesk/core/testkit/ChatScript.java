package com.disputedesk.core.testkit;

import com.disputedesk.core.bot.Bot;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.FileOffer;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Placement;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.chat.TypedText;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A chat with the bot as a test script: {@code send("/new").expect("marketplace").press("AliExpress")}.
 * Each {@code send}/{@code press} collects the replies it caused; {@code expect} checks them in order, and
 * {@code expectNoMore} that none is left over. A failed expectation shows the whole conversation so far.
 */
public final class ChatScript implements ChatKit {
    private final Bot bot;
    private final RecordingOutbox outbox;
    private final ChatRef chat;
    private final Member member;
    private final List<String> transcript = new ArrayList<>();
    private List<Reply> pending = List.of();
    private List<Placement> placements = new ArrayList<>();
    private int next;
    private Reply lastWithChoices;

    ChatScript(Bot bot, RecordingOutbox outbox, ChatRef chat, Member member) {
        this.bot = bot;
        this.outbox = outbox;
        this.chat = chat;
        this.member = member;
    }

    /** Types a line (a command when it starts with '/'). */
    @Override
    public ChatScript send(String typed) {
        transcript.add("> " + typed);
        return deliver(TypedText.parse(chat, member, typed, Optional.empty()));
    }

    /** Presses a button of the last reply that had buttons, by its label (case-insensitive) or its id. */
    @Override
    public ChatScript press(String labelOrId) {
        if (lastWithChoices == null) {
            throw fail("no buttons to press for '" + labelOrId + "'");
        }
        Choice choice = lastWithChoices.choices().stream()
                .filter(c -> c.label().equalsIgnoreCase(labelOrId) || c.id().equals(labelOrId))
                .findFirst()
                .orElseThrow(() -> fail("no button '" + labelOrId + "' in " + lastWithChoices.choices()));
        transcript.add("> [" + choice.label() + "]");
        return deliver(new Inbound.ChoicePicked(chat, member, choice.id(), Optional.empty()));
    }

    /** Sends a file with a caption. */
    public ChatScript sendFile(String fileName, byte[] bytes, String caption) {
        transcript.add("> [file " + fileName + "] " + caption);
        FileOffer offer = new FileOffer(fileName, "application/octet-stream", bytes.length,
                () -> new ByteArrayInputStream(bytes));
        return deliver(new Inbound.Attachment(chat, member, offer, caption, Optional.empty()));
    }

    /** Hands any event to the bot, as an adapter would. */
    public ChatScript deliver(Inbound in) {
        outbox.drain();
        bot.handle(in);
        List<Reply> replies = new ArrayList<>();
        placements = new ArrayList<>();
        for (Outgoing o : outbox.drain()) {
            replies.add(o.reply());
            placements.add(o.placement());
            transcript.add("< " + o.reply().asText().replace("\n", "\n  "));
            if (!o.reply().choices().isEmpty()) {
                lastWithChoices = o.reply();
            }
        }
        pending = replies;
        next = 0;
        return this;
    }

    /** The next reply of the last exchange contains {@code fragment}. */
    @Override
    public ChatScript expect(String fragment) {
        if (next >= pending.size()) {
            throw fail("expected a reply containing '" + fragment + "' but there was none left");
        }
        Reply reply = pending.get(next++);
        if (!reply.asText().contains(fragment)) {
            throw fail("expected a reply containing '" + fragment + "' but got:\n" + reply.asText());
        }
        return this;
    }

    /** Where each reply of the last exchange went: a new message, a kept message, or the presser alone. */
    public List<Placement> placements() {
        return List.copyOf(placements);
    }

    /** Every reply of the last exchange went only to the member who pressed: the chat saw nothing. */
    public ChatScript expectOnlyToPresser() {
        if (placements.isEmpty() || !placements.stream().allMatch(p -> p instanceof Placement.ToPresser)) {
            throw fail("expected replies only the presser sees, but they went " + placements);
        }
        return this;
    }

    /** Some reply of the last exchange contains {@code fragment}. */
    public ChatScript expectAny(String fragment) {
        if (pending.stream().noneMatch(r -> r.asText().contains(fragment))) {
            throw fail("expected some reply containing '" + fragment + "'");
        }
        return this;
    }

    /** No reply of the last exchange contains {@code fragment}. */
    public ChatScript expectNone(String fragment) {
        if (pending.stream().anyMatch(r -> r.asText().contains(fragment))) {
            throw fail("expected no reply containing '" + fragment + "'");
        }
        return this;
    }

    /** The last reply with buttons offered exactly these labels, in order. */
    public ChatScript expectChoices(String... labels) {
        List<String> actual = lastWithChoices == null ? List.of()
                : lastWithChoices.choices().stream().map(Choice::label).toList();
        if (!actual.equals(List.of(labels))) {
            throw fail("expected buttons " + List.of(labels) + " but got " + actual);
        }
        return this;
    }

    /**
     * Every reply of the last exchange was consumed by an {@link #expect}: a script that ends with this catches a
     * message nobody expected (a duplicate prompt, a stray error).
     */
    @Override
    public ChatScript expectNoMore() {
        if (next < pending.size()) {
            throw fail("expected no more replies but got:\n" + String.join("\n---\n",
                    pending.subList(next, pending.size()).stream().map(Reply::asText).toList()));
        }
        return this;
    }

    /** The last exchange produced no reply at all. */
    public ChatScript expectSilence() {
        if (!pending.isEmpty()) {
            throw fail("expected no reply");
        }
        return this;
    }

    /** The replies of the last exchange. */
    public List<Reply> replies() {
        return pending;
    }

    /** The last reply of the last exchange. */
    public Reply lastReply() {
        if (pending.isEmpty()) {
            throw fail("there was no reply");
        }
        return pending.get(pending.size() - 1);
    }

    public String transcript() {
        return String.join("\n", transcript);
    }

    private AssertionError fail(String what) {
        return new AssertionError(what + "\n--- conversation ---\n" + transcript());
    }
}
