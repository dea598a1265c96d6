package com.disputedesk.app.console;

import com.disputedesk.core.bot.Bot;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.chat.TypedText;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

/**
 * The terminal chat: each line read is a message of one member in the team's console chat; each reply is
 * printed, buttons as a numbered list. A bare number picks that button of the last reply, unless that reply
 * waits for typed text.
 * Ends at end of input, so a piped script of answers works as well as a person typing.
 */
public final class ConsoleAdapter implements Outbox {
    private final BufferedReader in;
    private final PrintStream out;
    private final ChatRef chat;
    private final Member member;
    private final boolean interactive;
    private volatile List<Choice> lastChoices = List.of();

    public ConsoleAdapter(BufferedReader in, PrintStream out, ChatRef chat, Member member, boolean interactive) {
        this.in = in;
        this.out = out;
        this.chat = chat;
        this.member = member;
        this.interactive = interactive;
    }

    /** Reads until end of input, handing every line to the bot. */
    public void run(Bot bot) throws IOException {
        prompt();
        String line;
        while ((line = in.readLine()) != null) {
            if (!line.isBlank()) {
                bot.handle(toInbound(line.strip()));
            }
            prompt();
        }
    }

    Inbound toInbound(String line) {
        List<Choice> choices = lastChoices;
        if (line.matches("[0-9]{1,2}")) {
            int n = Integer.parseInt(line);
            if (n >= 1 && n <= choices.size()) {
                return new Inbound.ChoicePicked(chat, member, choices.get(n - 1).id(), Optional.empty());
            }
        }
        return TypedText.parse(chat, member, line, Optional.empty());
    }

    @Override
    public void send(Outgoing message) {
        Reply reply = message.reply();
        StringBuilder text = new StringBuilder();
        reply.mention().ifPresent(m -> text.append('@').append(m.displayName()).append(' '));
        if (reply.expectsText() && !reply.choices().isEmpty()) {
            // Waiting for typed text: a number would be an answer, so buttons are shown as words to type.
            text.append(reply.text());
            reply.card().ifPresent(c -> text.append('\n').append(c.asText()));
            text.append("\n(").append(reply.choices().stream().map(Choice::label)
                    .map(l -> l.toLowerCase(java.util.Locale.ROOT)).collect(java.util.stream.Collectors.joining(" / ")))
                    .append(')');
        } else {
            text.append(reply.asText());
        }
        // A terminal shows no attachment: the file stays where the bot saved it, and its path is printed.
        reply.file().ifPresent(f -> text.append("\n[file saved: ").append(f.toAbsolutePath()).append(']'));
        // A number typed for a free-text step (days since shipment: "3") is an answer, not a button.
        lastChoices = reply.expectsText() ? List.of() : reply.choices();
        synchronized (out) {
            out.println(text);
            out.println();
            out.flush();
        }
    }

    private void prompt() {
        if (interactive) {
            synchronized (out) {
                out.print("> ");
                out.flush();
            }
        }
    }
}
