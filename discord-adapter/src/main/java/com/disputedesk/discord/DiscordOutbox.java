package com.disputedesk.discord;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.Slot;
import com.disputedesk.core.delivery.DeliveryService;
import com.disputedesk.core.delivery.MessageSlots;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.entities.channel.concrete.ForumChannel;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.forums.ForumPost;
import net.dv8tion.jda.api.entities.channel.middleman.GuildChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;

/**
 * The core's outbox on Discord: a reply to an interaction answers that interaction (response, deferred
 * placeholder, or follow-up); anything else (reminders, digests, answers to plain messages, interactions too old
 * to follow up) is stored in the durable outbox, one row per Discord message, and posted by the delivery service
 * in the channel or thread the chat names. A chat naming only the guild (a digest, a notice) goes to the guild's
 * configured digest channel, else to the channel where most of the team's open cases live, else to the first
 * channel the bot may post in and only staff can read. A direct chat with a member is posted in the DM channel
 * the sender opens with them.
 */
final class DiscordOutbox implements Outbox {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DiscordOutbox.class);
    /** Discord's longest thread name. */
    static final int MAX_THREAD_NAME = 100;
    private static final java.time.Duration THREAD_TIMEOUT = java.time.Duration.ofSeconds(10);
    private final ReplyRenderer renderer = new ReplyRenderer();
    private final Interactions interactions;
    private final AwaitingText awaiting;
    private final boolean messageContent;
    private final ChannelPrivacy privacy;
    private final Map<String, String> digestChannels;
    private final Map<String, String> casesChannels;
    private final Clock clock;
    private final DeliveryService<DiscordPost> delivery;
    private final MessageSlots slots;
    private volatile ShardManager jda;
    private volatile Function<ChatRef, Optional<String>> busiest = chat -> Optional.empty();

    DiscordOutbox(Interactions interactions, AwaitingText awaiting, DiscordSettings settings, Clock clock,
                  DeliveryService<DiscordPost> delivery, MessageSlots slots) {
        this.slots = slots;
        this.privacy = new ChannelPrivacy(settings.publicChannels());
        this.messageContent = settings.messageContent();
        this.digestChannels = settings.digestChannels();
        this.casesChannels = settings.casesChannels();
        this.interactions = interactions;
        this.awaiting = awaiting;
        this.clock = clock;
        this.delivery = delivery;
    }

    /** How to find the channel where most of a guild's open cases live (for messages to the whole guild). */
    void findBusiestChannelsWith(Function<ChatRef, Optional<String>> finder) {
        this.busiest = finder;
    }

    void attach(ShardManager connected) {
        this.jda = connected;
    }

    @Override
    public void send(Outgoing out) {
        if (out.chat().platform() != Platform.DISCORD) {
            throw new IllegalArgumentException("not a Discord chat: " + out.chat().key());
        }
        Optional<PendingInteraction> pending = out.inReplyTo().flatMap(ref -> interactions.find(ref, clock.instant()));
        if (pending.isPresent() && out.toPresserOnly()) {
            renderer.render(out.reply()).forEach(pending.get()::tellPrivately);
            return;
        }
        if (pending.isPresent() && out.reply().readsTyped() && messageContent) {
            awaiting.expect(out.chat(), pending.get().userId());
        }
        if (pending.isPresent() && out.slot().isEmpty()) {
            renderer.render(out.reply()).forEach(pending.get()::answer);
            return;
        }
        if (pending.isPresent()) {
            Slot slot = out.slot().get();
            List<MessageCreateData> rendered = renderer.render(out.reply());
            if (rendered.size() == 1 && pending.get().answerInSlot(rendered.get(0), slots.messageOf(slot.key()),
                    id -> slots.keep(slot.key(), id, clock.instant()))) {
                return;
            }
            pending.get().acknowledgeQuietly();
        }
        out.inReplyTo().flatMap(MessageRefs::authorOf).ifPresent(userId -> {
            if (out.reply().readsTyped() && messageContent) {
                awaiting.expect(out.chat(), userId);
            }
        });
        String guild = out.chat().chatId();
        // a direct chat names its member: the sender opens (or finds) the DM channel when it posts
        String channel = out.chat().directUserId().isPresent() ? guild
                : out.chat().threadId().orElseGet(() -> guildChannel(out.chat()));
        int parts = renderer.render(out.reply()).size();
        for (int part = 0; part < parts; part++) {
            int index = part;
            delivery.enqueue(new DiscordPost(guild, channel, part, out.reply(),
                    out.slot().map(s -> s.part(index).key()).orElse(null)));
        }
    }

    /**
     * A thread for a case (POST channels/{id}/threads) in the guild's configured cases channel, else in the channel
     * the case was opened in: in a text channel, private where the channel is private (only staff read it), public
     * otherwise; in a forum channel, a forum post whose first message is the case's name (Discord refuses a forum
     * thread without one). The name is cut to Discord's 100 characters. A configured channel that is unknown or
     * neither text nor forum is logged and the thread opens in the case's own channel. None when that channel is
     * not a text channel the bot can see, or Discord refused (the bot lacks Create Threads): the case then stays
     * in the channel.
     */
    @Override
    public Optional<ChatRef> openHome(ChatRef chat, String name) {
        ShardManager connected = jda;
        String channelId = chat.threadId().orElse(null);
        if (connected == null || channelId == null) {
            return Optional.empty();
        }
        String threadName = com.disputedesk.core.text.Cut.shortened(name, MAX_THREAD_NAME);
        String configured = casesChannels.get(chat.chatId());
        if (configured != null) {
            GuildChannel found = guildChannelOrNull(connected, configured);
            // a channel of another server is as unknown here as a deleted one
            GuildChannel target = found != null && found.getGuild().getId().equals(chat.chatId()) ? found : null;
            if (target instanceof ForumChannel forum) {
                return forumPost(chat, forum, threadName);
            }
            if (target instanceof TextChannel text) {
                return thread(chat, text, threadName);
            }
            // the setting is not checked against the server at start: a channel deleted or retyped later must not
            // leave cases without a home
            log.warn("the cases channel {} of guild {} is {}; case threads open in the case's own channel",
                    configured, chat.chatId(), target == null ? "unknown to the bot"
                            : "neither a text nor a forum channel (" + target.getType() + ")");
        }
        TextChannel channel;
        try {
            channel = connected.getTextChannelById(channelId);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return channel == null ? Optional.empty() : thread(chat, channel, threadName);
    }

    private Optional<ChatRef> thread(ChatRef chat, TextChannel channel, String name) {
        boolean everyoneReads = channel.getGuild().getPublicRole().hasAccess(channel);
        try {
            ThreadChannel thread = channel.createThreadChannel(name, !everyoneReads)
                    .timeout(THREAD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).complete();
            return Optional.of(ChatRef.of(Platform.DISCORD, chat.chatId()).inThread(thread.getId()));
        } catch (RuntimeException e) {
            log.warn("could not open a thread in channel {} of guild {} (does the bot have Create Private Threads"
                    + " and Send Messages in Threads?): {}", channel.getId(), chat.chatId(), e.toString());
            return Optional.empty();
        }
    }

    private Optional<ChatRef> forumPost(ChatRef chat, ForumChannel forum, String name) {
        try {
            ForumPost post = forum.createForumPost(name, MessageCreateData.fromContent(name))
                    .timeout(THREAD_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS).complete();
            return Optional.of(ChatRef.of(Platform.DISCORD, chat.chatId()).inThread(post.getThreadChannel().getId()));
        } catch (RuntimeException e) {
            log.warn("could not open a post in forum channel {} of guild {} (does the bot have Send Messages"
                    + " there?): {}", forum.getId(), chat.chatId(), e.toString());
            return Optional.empty();
        }
    }

    /** Archives a case's thread, queued behind what was sent to it. */
    @Override
    public void closeHome(ChatRef home) {
        home.threadId().ifPresent(thread -> delivery.enqueue(DiscordPost.archiving(home.chatId(), thread)));
    }

    /**
     * The server's upload limit (10 MB, or 50 / 100 MB on a server boosted to level 2 / 3), as JDA reads it from the
     * guild; 10 MB while the guild is not known.
     */
    @Override
    public long maxFileBytes(ChatRef chat) {
        ShardManager connected = jda;
        Guild guild = connected == null ? null : connected.getGuildById(chat.chatId());
        return guild == null ? Guild.BoostTier.NONE.getMaxFileSize() : guild.getMaxFileSize();
    }

    /**
     * Where a message for the whole guild goes: its configured digest channel, else the first text channel (top
     * down) the bot may post in and only staff can read, else the first it may post in; "0" (refused when sent,
     * so the team is told) when there is none. Empty when this process does not know the guild (another process
     * runs its shard, or the shard is not connected yet): the process that sends the post chooses then.
     */
    private String guildChannel(ChatRef chat) {
        String configured = digestChannels.get(chat.chatId());
        if (configured != null) {
            return configured;
        }
        ShardManager connected = jda;
        Guild guild = connected == null ? null : guildOrNull(connected, chat.chatId());
        return guild == null ? "" : channelOf(connected, guild, chat);
    }

    /**
     * The channel of a guild for a post stored without one, chosen by the process that sends it (it runs the
     * guild's shard); "0" when there is none.
     */
    String channelWhenSent(String guildId) {
        ChatRef chat = ChatRef.of(com.disputedesk.core.chat.Platform.DISCORD, guildId);
        ShardManager connected = jda;
        Guild guild = connected == null ? null : guildOrNull(connected, guildId);
        return guild == null ? "0" : channelOf(connected, guild, chat);
    }

    private String channelOf(ShardManager connected, Guild guild, ChatRef chat) {
        Optional<GuildMessageChannel> home = busiest.apply(chat).map(id -> channelOrNull(connected, id))
                .filter(c -> guild.getSelfMember().hasPermission(c, Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND));
        if (home.isPresent()) {
            return home.get().getId();
        }
        TextChannel anyWritable = null;
        for (TextChannel c : guild.getTextChannels()) {
            if (!guild.getSelfMember().hasPermission(c, Permission.VIEW_CHANNEL, Permission.MESSAGE_SEND)) {
                continue;
            }
            if (privacy.mayShowDetails(c)) {
                return c.getId();
            }
            anyWritable = anyWritable == null ? c : anyWritable;
        }
        return anyWritable == null ? "0" : anyWritable.getId();
    }

    private static GuildMessageChannel channelOrNull(ShardManager connected, String id) {
        try {
            return connected.getChannelById(GuildMessageChannel.class, id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static GuildChannel guildChannelOrNull(ShardManager connected, String id) {
        try {
            return connected.getGuildChannelById(id);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Guild guildOrNull(ShardManager connected, String guildId) {
        try {
            return connected.getGuildById(guildId);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
