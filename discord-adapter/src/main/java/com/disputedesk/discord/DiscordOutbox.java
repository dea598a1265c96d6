package com.disputedesk.discord;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The core's outbox on Discord: a reply to an interaction answers that interaction (response, deferred
 * placeholder, or follow-up); anything else (reminders, answers to plain messages, interactions too old to
 * follow up) is posted in the channel or thread the chat names.
 */
final class DiscordOutbox implements Outbox {
    private static final Logger log = LoggerFactory.getLogger(DiscordOutbox.class);

    private final ReplyRenderer renderer = new ReplyRenderer();
    private final Interactions interactions;
    private final AwaitingText awaiting;
    private final boolean messageContent;
    private final ChannelPrivacy privacy;
    private final Clock clock;
    private final Messages texts = new Messages("discord");
    private volatile JDA jda;

    DiscordOutbox(Interactions interactions, AwaitingText awaiting, DiscordSettings settings, Clock clock) {
        this.privacy = new ChannelPrivacy(settings.publicChannels());
        this.messageContent = settings.messageContent();
        this.interactions = interactions;
        this.awaiting = awaiting;
        this.clock = clock;
    }

    void attach(JDA connected) {
        this.jda = connected;
    }

    @Override
    public void send(Outgoing out) {
        if (out.chat().platform() != Platform.DISCORD) {
            throw new IllegalArgumentException("not a Discord chat: " + out.chat().key());
        }
        List<MessageCreateData> messages = renderer.render(out.reply());
        Optional<PendingInteraction> pending = out.inReplyTo().flatMap(ref -> interactions.find(ref, clock.instant()));
        if (pending.isPresent()) {
            messages.forEach(pending.get()::answer);
            if (out.reply().readsTyped() && messageContent) {
                awaiting.expect(out.chat(), pending.get().userId());
            }
            return;
        }
        out.inReplyTo().flatMap(MessageRefs::authorOf).ifPresent(userId -> {
            if (out.reply().readsTyped() && messageContent) {
                awaiting.expect(out.chat(), userId);
            }
        });
        GuildMessageChannel channel = channel(out);
        if (!privacy.mayShowDetails(channel)) {
            log.warn("withheld a message for channel {}: every member of guild {} can read it", channel.getId(),
                    out.chat().chatId());
            messages = List.of(new MessageCreateBuilder().setContent(withheldNotice())
                    .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).build());
        }
        for (MessageCreateData m : messages) {
            channel.sendMessage(m).queue(null,
                    e -> log.error("posting to channel {} failed: {}", channel.getId(), e.toString()));
        }
    }

    /**
     * The server's upload limit (10 MB, or 50 / 100 MB on a server boosted to level 2 / 3), as JDA reads it from the
     * guild; 10 MB while the guild is not known.
     */
    @Override
    public long maxFileBytes(ChatRef chat) {
        JDA connected = jda;
        Guild guild = connected == null ? null : connected.getGuildById(chat.chatId());
        return guild == null ? Guild.BoostTier.NONE.getMaxFileSize() : guild.getMaxFileSize();
    }

    private String withheldNotice() {
        return Arrays.stream(UiLanguage.values()).map(l -> texts.get(l, "withheld")).distinct()
                .collect(Collectors.joining("\n"));
    }

    private GuildMessageChannel channel(Outgoing out) {
        JDA connected = jda;
        if (connected == null) {
            throw new IllegalStateException("the Discord adapter has not started");
        }
        String channelId = out.chat().threadId().orElseThrow(() -> new IllegalArgumentException(
                "a Discord chat needs a channel or thread to post in: " + out.chat().key()));
        GuildMessageChannel channel = connected.getChannelById(GuildMessageChannel.class, channelId);
        if (channel == null) {
            throw new IllegalStateException("the bot cannot see channel " + channelId + " of guild "
                    + out.chat().chatId());
        }
        return channel;
    }
}
