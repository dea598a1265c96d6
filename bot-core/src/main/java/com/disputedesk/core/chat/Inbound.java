package com.disputedesk.core.chat;

import java.util.List;
import java.util.Optional;

/**
 * Everything an adapter can hand to the core: the closed set of things a member can do in a chat.
 * Adapters translate platform updates into one of these and nothing more.
 */
public sealed interface Inbound permits Inbound.Text, Inbound.Command, Inbound.ChoicePicked, Inbound.Attachment {

    /** Where it was said. */
    ChatRef chat();

    /** Who said it. */
    Member member();

    /** The platform handle of the message or interaction, for answering it in place; empty on the console. */
    Optional<PlatformRef> origin();

    /**
     * A plain message (not a command).
     *
     * @param addressed whether it was said to the bot: in a direct chat, as a reply to the bot, naming the bot.
     *                  Ordinary chatter in a group the bot reads whole (Telegram with privacy mode off) is not, and
     *                  gets an answer only from a draft waiting for typed text.
     */
    record Text(ChatRef chat, Member member, String text, Optional<PlatformRef> origin, boolean addressed)
            implements Inbound {

        /** A message said to the bot. */
        public Text(ChatRef chat, Member member, String text, Optional<PlatformRef> origin) {
            this(chat, member, text, origin, true);
        }
    }

    /**
     * A slash command. {@code name} is lower case without the slash or any "@BotName" suffix;
     * {@code args} are the whitespace-separated words after it, {@code rawArgs} the text after the name as typed.
     */
    record Command(ChatRef chat, Member member, String name, List<String> args, String rawArgs,
                   Optional<PlatformRef> origin) implements Inbound {
        public Command {
            args = List.copyOf(args);
        }
    }

    /** A button or menu entry picked; {@code choiceId} is the {@link Choice#id()} the core sent. */
    record ChoicePicked(ChatRef chat, Member member, String choiceId, Optional<PlatformRef> origin) implements Inbound {
    }

    /**
     * A file sent to the bot. The adapter has not stored it: the core decides (size limit, case) and then reads
     * it through {@code content}, once, at once (platform download links expire).
     *
     * @param caption text sent with the file (e.g. "/evidence 12"), empty string when none
     */
    record Attachment(ChatRef chat, Member member, FileOffer file, String caption,
                      Optional<PlatformRef> origin) implements Inbound {
    }
}
