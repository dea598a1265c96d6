package com.disputedesk.telegram;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.FileOffer;
import com.disputedesk.core.chat.Inbound;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.TypedText;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

/**
 * Reads a Telegram update as the core's {@link Inbound}: text and commands (commands addressed to another bot
 * are ignored), button presses, and photos or documents as attachments whose content is fetched through getFile
 * when the core asks. Updates the core has no use for (edits, joins, other bots) translate to nothing.
 */
final class UpdateTranslator {
    private static final Pattern CASE_REF = Pattern.compile("#(\\d{1,9})\\b");
    private static final Pattern COMMAND_TARGET = Pattern.compile("^/[A-Za-z0-9_]+@([A-Za-z0-9_]+)");

    private final BotApi api;
    private final String botUsername;

    UpdateTranslator(BotApi api, String botUsername) {
        this.api = api;
        this.botUsername = botUsername;
    }

    /** The chat an update belongs to (its order lane), or empty when it has none we handle. */
    static Optional<Long> chatOf(Update u) {
        if (u.getMessage() != null && u.getMessage().getChat() != null) {
            return Optional.of(u.getMessage().getChatId());
        }
        if (u.getCallbackQuery() != null && u.getCallbackQuery().getMessage() != null) {
            return Optional.of(u.getCallbackQuery().getMessage().getChatId());
        }
        return Optional.empty();
    }

    Optional<Inbound> translate(Update u) {
        if (u.getMessage() != null) {
            return message(u.getMessage());
        }
        if (u.getCallbackQuery() != null) {
            return callback(u.getCallbackQuery());
        }
        return Optional.empty();
    }

    private Optional<Inbound> message(Message m) {
        User from = m.getFrom();
        if (from == null || Boolean.TRUE.equals(from.getIsBot()) || "channel".equals(m.getChat().getType())) {
            return Optional.empty();
        }
        ChatRef chat = chatRef(m);
        Member member = member(from);
        Optional<com.disputedesk.core.chat.PlatformRef> origin = Optional.of(Origin.message(m.getMessageId()).toRef());
        if (m.hasPhoto() || m.hasDocument()) {
            return Optional.of(new Inbound.Attachment(chat, member, offer(m), caption(m), origin));
        }
        if (!m.hasText()) {
            return Optional.empty();
        }
        String text = m.getText();
        Matcher target = COMMAND_TARGET.matcher(text);
        if (target.find() && !target.group(1).equalsIgnoreCase(botUsername)) {
            return Optional.empty();
        }
        return Optional.of(TypedText.parse(chat, member, text, origin, addressed(m, text)));
    }

    /**
     * Whether a message speaks to the bot: in a direct chat, as a reply to one of the bot's messages, or naming it.
     * In a group with privacy mode off everything else is chatter among the team. A topic's messages reply to the
     * topic's first message, which says nothing of whom they speak to.
     */
    private boolean addressed(Message m, String text) {
        if (!m.getChat().isGroupChat() && !m.getChat().isSuperGroupChat()) {
            return true;
        }
        Message replied = m.getReplyToMessage();
        boolean toBot = replied != null && replied.getForumTopicCreated() == null && replied.getFrom() != null
                && Boolean.TRUE.equals(replied.getFrom().getIsBot())
                && botUsername.equalsIgnoreCase(String.valueOf(replied.getFrom().getUserName()));
        return toBot || text.toLowerCase(java.util.Locale.ROOT).contains("@" + botUsername.toLowerCase(
                java.util.Locale.ROOT));
    }

    private Optional<Inbound> callback(CallbackQuery q) {
        if (q.getMessage() == null || q.getFrom() == null) {
            return Optional.empty();
        }
        Optional<CallbackData> data = CallbackData.parse(q.getData());
        if (data.isEmpty()) {
            return Optional.empty();
        }
        ChatRef chat = ChatRef.of(Platform.TELEGRAM, String.valueOf(q.getMessage().getChatId()));
        if (q.getMessage() instanceof Message m) {
            chat = chatRef(m);
        }
        Origin origin = Origin.callback(q.getMessage().getMessageId(), q.getId());
        return Optional.of(new Inbound.ChoicePicked(chat, member(q.getFrom()), data.get().choiceId(),
                Optional.of(origin.toRef())));
    }

    static ChatRef chatRef(Message m) {
        ChatRef chat = ChatRef.of(Platform.TELEGRAM, String.valueOf(m.getChatId()));
        if (Boolean.TRUE.equals(m.getIsTopicMessage()) && m.getMessageThreadId() != null) {
            chat = chat.inThread(String.valueOf(m.getMessageThreadId()));
        }
        return chat;
    }

    static Member member(User u) {
        String name = u.getFirstName() == null ? "" : u.getFirstName();
        if (u.getLastName() != null && !u.getLastName().isBlank()) {
            name = name + " " + u.getLastName();
        }
        if (name.isBlank()) {
            name = u.getUserName() != null ? u.getUserName() : String.valueOf(u.getId());
        }
        return new Member(Platform.TELEGRAM, String.valueOf(u.getId()), name.strip());
    }

    /**
     * The caption, or for a file sent without one as a reply to a message naming exactly one case ("#12"),
     * the command that files it there.
     */
    private static String caption(Message m) {
        if (m.getCaption() != null && !m.getCaption().isBlank()) {
            return m.getCaption().strip();
        }
        Message replied = m.getReplyToMessage();
        if (replied == null) {
            return "";
        }
        String text = replied.getText() != null ? replied.getText() : replied.getCaption();
        if (text == null) {
            return "";
        }
        Matcher matcher = CASE_REF.matcher(text);
        List<String> refs = matcher.results().map(r -> r.group(1)).distinct().toList();
        return refs.size() == 1 ? "/evidence " + refs.get(0) : "";
    }

    private FileOffer offer(Message m) {
        String fileId;
        String name;
        String type;
        long size;
        if (m.hasDocument()) {
            Document d = m.getDocument();
            fileId = d.getFileId();
            name = d.getFileName() != null ? d.getFileName() : "document-" + d.getFileUniqueId();
            type = d.getMimeType() != null ? d.getMimeType() : "application/octet-stream";
            size = d.getFileSize() == null ? -1 : d.getFileSize();
        } else {
            // Telegram sends several sizes of a photo; evidence wants the largest.
            PhotoSize p = m.getPhoto().stream()
                    .max(Comparator.comparingLong(s -> s.getFileSize() == null ? 0L : s.getFileSize().longValue()))
                    .orElseThrow();
            fileId = p.getFileId();
            name = "photo-" + p.getFileUniqueId().toLowerCase(Locale.ROOT) + ".jpg";
            type = "image/jpeg";
            size = p.getFileSize() == null ? -1 : p.getFileSize();
        }
        return new FileOffer(name, type, size, () -> {
            try {
                org.telegram.telegrambots.meta.api.objects.File f = api.getFile(fileId);
                return api.download(f.getFilePath());
            } catch (ApiFailure e) {
                throw new IOException("Telegram getFile failed: " + e.getMessage());
            }
        });
    }

    /** The text of the message whose button was pressed, or empty when Telegram no longer shows it to us. */
    static Optional<Message> pressedMessage(CallbackQuery q) {
        return q.getMessage() instanceof Message m ? Optional.of(m) : Optional.empty();
    }
}
