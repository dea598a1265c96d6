package com.disputedesk.discord;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.Slot;
import com.disputedesk.core.delivery.MessageSlots;
import com.disputedesk.core.delivery.Refusal;
import com.disputedesk.core.delivery.Sender;
import com.disputedesk.core.delivery.Verdict;
import com.disputedesk.core.delivery.HomeLoss;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import net.dv8tion.jda.api.JDA;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.PrivateChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import net.dv8tion.jda.api.utils.messages.MessageEditData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's {@link Sender}: posts one stored message in its channel and waits (on the delivery thread, never on
 * JDA's) for Discord's answer, sorted into a verdict. JDA paces the requests and waits out 429s itself; what
 * reaches us is the answer: taken; a 5xx or no answer in time (tried again); or a refusal: Missing Permissions
 * (50013, or 50001 Missing Access; JDA also refuses before asking when its cache shows the permission missing),
 * Unknown Channel (10003, or a channel not in JDA's cache: deleted, or never visible to the bot), Invalid Form Body
 * (50035: over Discord's limits).
 *
 * <p>A message for a slot edits the slot's message once one was posted (its id kept in {@link MessageSlots}); when
 * Discord answers Unknown Message (10008: deleted) it is posted anew and the new id kept.
 */
final class DiscordSender implements Sender<DiscordPost> {
    private static final Logger log = LoggerFactory.getLogger(DiscordSender.class);
    private static final int MISSING_ACCESS = 50001;
    private static final int MISSING_PERMISSIONS = 50013;
    private static final int UNKNOWN_CHANNEL = 10003;
    private static final int INVALID_FORM_BODY = 50035;
    private static final int UNKNOWN_MESSAGE = 10008;
    /** The member accepts no direct messages from the bot (their privacy settings). */
    private static final int CANNOT_MESSAGE_USER = 50007;
    private static final int THREAD_ARCHIVED = 50083;

    private final Supplier<ShardManager> jda;
    private final java.util.function.Predicate<String> servedHere;
    private final java.util.function.UnaryOperator<String> channelOfGuild;
    private final ChannelPrivacy privacy;
    private final Duration timeout;
    private final ReplyRenderer renderer = new ReplyRenderer();
    private final Messages texts = new Messages("discord");

    private final MessageSlots slots;
    private final Clock clock;
    private final Supplier<HomeLoss> homes;
    private final Consumer<DiscordPost> resend;

    /**
     * @param servedHere     whether this process runs the shard of a guild (by id): only then does JDA's cache know
     *                       the guild's channels
     * @param channelOfGuild the channel for a post stored without one, by guild id ("0" when there is none)
     * @param homes          told when a case's thread is gone
     * @param resend         queues a post again (in the case's channel, once its thread is gone)
     */
    DiscordSender(Supplier<ShardManager> jda, java.util.function.Predicate<String> servedHere,
                  java.util.function.UnaryOperator<String> channelOfGuild, ChannelPrivacy privacy, Duration timeout,
                  MessageSlots slots, Clock clock, Supplier<HomeLoss> homes, Consumer<DiscordPost> resend) {
        this.jda = jda;
        this.servedHere = servedHere;
        this.channelOfGuild = channelOfGuild;
        this.privacy = privacy;
        this.timeout = timeout;
        this.slots = slots;
        this.clock = clock;
        this.homes = homes;
        this.resend = resend;
    }

    @Override
    public Verdict send(DiscordPost post) {
        Verdict verdict = sendOnce(post);
        if (verdict instanceof Verdict.Refused r && r.refusal().reason() == Refusal.Reason.UNKNOWN_PLACE) {
            // a case's thread that was deleted: the case lives in its channel again, and the post goes there
            Optional<ChatRef> moved = homes.get().lost(ChatRef.of(Platform.DISCORD, post.guildId())
                    .inThread(post.channelId()));
            if (moved.isPresent() && moved.get().threadId().isPresent()) {
                if (!post.archive()) {
                    resend.accept(post.in(moved.get().threadId().get()));
                }
                return new Verdict.Moot("thread " + post.channelId() + " is gone; sent to " + moved.get().key());
            }
        }
        return verdict;
    }

    private Verdict sendOnce(DiscordPost stored) {
        ShardManager connected = jda.get();
        if (connected == null) {
            return Verdict.failed("not connected to Discord yet");
        }
        if (stored.channelId().isEmpty() && !servedHere.test(stored.guildId())) {
            return Verdict.failed("guild " + stored.guildId() + " is on a shard this process does not run now");
        }
        DiscordPost post = stored.channelId().isEmpty() ? stored.in(channelOfGuild.apply(stored.guildId())) : stored;
        Optional<String> member = ChatRef.of(Platform.DISCORD, post.channelId()).directUserId();
        if (member.isPresent()) {
            return sendDirect(connected, post, member.get());
        }
        GuildMessageChannel channel = channelOrNull(connected, post.channelId());
        if (channel == null && !servedHere.test(post.guildId())) {
            // Another process runs the guild's shard (or none does for the moment): try again, never refuse.
            return Verdict.failed("guild " + post.guildId() + " is on a shard this process does not run now");
        }
        if (channel == null) {
            return Verdict.refused(refusal(post, Refusal.Reason.UNKNOWN_PLACE, "channel " + post.channelId(),
                    "the bot cannot see channel " + post.channelId() + " of guild " + post.guildId()));
        }
        if (post.archive()) {
            return archive(post, channel);
        }
        if (channel instanceof ThreadChannel thread && thread.isArchived() && !thread.isLocked()) {
            // archived by Discord after a quiet while: the bot reopens it to post
            Optional<Verdict> reopened = setArchived(post, thread, false);
            if (reopened.isPresent()) {
                return reopened.get();
            }
        }
        Verdict verdict = post(post, channel);
        if (verdict instanceof Verdict.Refused r && r.refusal().detail().startsWith(THREAD_ARCHIVED + " ")
                && channel instanceof ThreadChannel thread) {
            // JDA had not heard yet that Discord archived it: reopen and post once more
            Optional<Verdict> reopened = setArchived(post, thread, false);
            return reopened.orElseGet(() -> post(post, channel));
        }
        return verdict;
    }

    /** Archives a closed case's thread; one already archived or gone has nothing left to do. */
    private Verdict archive(DiscordPost post, GuildMessageChannel channel) {
        if (!(channel instanceof ThreadChannel thread)) {
            return new Verdict.Moot("channel " + post.channelId() + " is no thread to archive");
        }
        if (thread.isArchived()) {
            return new Verdict.Moot("thread " + post.channelId() + " is archived already");
        }
        return setArchived(post, thread, true).orElse(Verdict.sent());
    }

    /** PATCH channels/{thread} archived=...; empty when Discord took it, else its verdict. */
    private Optional<Verdict> setArchived(DiscordPost post, ThreadChannel thread, boolean archived) {
        String place = "#" + thread.getName();
        try {
            thread.getManager().setArchived(archived).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .submit().get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            return Optional.empty();
        } catch (ExecutionException e) {
            return Optional.of(sorted(post, place, e.getCause()));
        } catch (TimeoutException e) {
            return Optional.of(Verdict.failed("no answer from Discord within " + timeout.toMillis() + " ms"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of(Verdict.failed("interrupted while waiting for Discord"));
        } catch (RuntimeException e) {
            return Optional.of(sorted(post, place, e));
        }
    }

    private Verdict post(DiscordPost post, GuildMessageChannel channel) {
        String place = "#" + channel.getName();
        List<MessageCreateData> messages;
        if (privacy.mayShowDetails(channel)) {
            messages = renderer.render(post.reply());
        } else {
            log.warn("withheld a message for channel {}: every member of guild {} can read it", channel.getId(),
                    post.guildId());
            messages = List.of(new MessageCreateBuilder().setContent(withheldNotice())
                    .setAllowedMentions(EnumSet.noneOf(Message.MentionType.class)).build());
        }
        if (post.part() >= messages.size()) {
            return new Verdict.Moot("part " + post.part() + " of a reply that renders to " + messages.size());
        }
        MessageCreateData message = messages.get(post.part());
        try {
            if (post.slot() != null) {
                Optional<String> kept = slots.messageOf(post.slot());
                if (kept.isPresent()) {
                    Optional<Verdict> edited = edit(channel, kept.get(), message, post, place);
                    if (edited.isPresent()) {
                        return edited.get();
                    }
                    slots.forget(post.slot());
                }
            }
            Message sent = channel.sendMessage(message).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .submit().get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            if (post.slot() != null) {
                slots.keep(post.slot(), sent.getId(), clock.instant());
                if (new Slot(post.slot()).pinned() && post.part() == 0) {
                    pin(channel, sent.getId());
                }
            }
            return Verdict.sent();
        } catch (ExecutionException e) {
            return sorted(post, place, e.getCause());
        } catch (TimeoutException e) {
            return Verdict.failed("no answer from Discord within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Verdict.failed("interrupted while waiting for Discord");
        } catch (RuntimeException e) {
            return sorted(post, place, e);
        }
    }

    /**
     * Pins a live card where it is posted, so its thread opens on it; a bot without Pin Messages, or a channel at
     * Discord's 50 pins, still posts and edits the card.
     */
    private void pin(GuildMessageChannel channel, String messageId) {
        try {
            channel.pinMessageById(messageId).queue(ok -> {
            }, e -> log.info("could not pin message {} in channel {}: {}", messageId, channel.getId(),
                    e.toString()));
        } catch (RuntimeException e) {
            log.info("could not pin message {} in channel {} (does the bot have Pin Messages?): {}", messageId,
                    channel.getId(), e.toString());
        }
    }

    /**
     * Edits the slot's message; empty when Discord says it is gone (then it is posted anew).
     */
    private Optional<Verdict> edit(GuildMessageChannel channel, String messageId, MessageCreateData message,
                                   DiscordPost post, String place) throws InterruptedException, TimeoutException {
        try {
            channel.editMessageById(messageId, MessageEditData.fromCreateData(message))
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .submit().get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            return Optional.of(Verdict.sent());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ErrorResponseException r && r.getErrorCode() == UNKNOWN_MESSAGE) {
                return Optional.empty();
            }
            return Optional.of(sorted(post, place, e.getCause()));
        }
    }

    /**
     * A direct message: the DM channel with the member is opened (Discord answers with the same channel every time),
     * then the message posted there. A member who accepts no direct messages is a refusal (50007).
     */
    private Verdict sendDirect(ShardManager connected, DiscordPost post, String userId) {
        List<MessageCreateData> messages = renderer.render(post.reply());
        if (post.part() >= messages.size()) {
            return new Verdict.Moot("part " + post.part() + " of a reply that renders to " + messages.size());
        }
        String place = "direct messages of user " + userId;
        // A direct message goes through REST alone, so any shard this process runs can open the channel.
        Optional<JDA> shard = connected.getShards().stream()
                .filter(s -> s.getStatus() == JDA.Status.CONNECTED).findFirst();
        if (shard.isEmpty()) {
            return Verdict.failed("no shard of this process is connected to open " + place);
        }
        try {
            PrivateChannel dm = shard.get().openPrivateChannelById(userId)
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).submit()
                    .get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            dm.sendMessage(messages.get(post.part())).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .submit().get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
            return Verdict.sent();
        } catch (ExecutionException e) {
            return sortedDirect(post, place, e.getCause());
        } catch (TimeoutException e) {
            return Verdict.failed("no answer from Discord within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Verdict.failed("interrupted while waiting for Discord");
        } catch (RuntimeException e) {
            return sortedDirect(post, place, e);
        }
    }

    private static Verdict sortedDirect(DiscordPost post, String place, Throwable e) {
        if (e instanceof ErrorResponseException r && r.getErrorCode() == CANNOT_MESSAGE_USER) {
            return Verdict.refused(refusal(post, Refusal.Reason.MISSING_PERMISSION, place,
                    r.getErrorCode() + " " + r.getMeaning()));
        }
        return sorted(post, place, e);
    }

    /** Sorts what JDA threw or failed the request with. */
    private static Verdict sorted(DiscordPost post, String place, Throwable e) {
        if (e instanceof PermissionException p) {
            return Verdict.refused(refusal(post, Refusal.Reason.MISSING_PERMISSION, place,
                    "missing permission " + p.getPermission().getName()));
        }
        if (e instanceof RateLimitedException r) {
            return Verdict.rateLimited(Duration.ofMillis(Math.max(1, r.getRetryAfter())));
        }
        if (e instanceof ErrorResponseException r) {
            String detail = r.getErrorCode() + " " + r.getMeaning();
            if (r.isServerError()) {
                return Verdict.failed(detail);
            }
            if (r.getResponse() != null && r.getResponse().code == 429) {
                return Verdict.rateLimited(Duration.ofMillis(Math.max(1, r.getResponse().retryAfter)));
            }
            return switch (r.getErrorCode()) {
                case MISSING_PERMISSIONS, MISSING_ACCESS ->
                        Verdict.refused(refusal(post, Refusal.Reason.MISSING_PERMISSION, place, detail));
                case UNKNOWN_CHANNEL -> Verdict.refused(refusal(post, Refusal.Reason.UNKNOWN_PLACE, place, detail));
                case INVALID_FORM_BODY -> Verdict.refused(refusal(post, Refusal.Reason.TOO_LARGE, place, detail));
                default -> r.getErrorCode() <= 0 // no Discord code: a connection failure
                        ? Verdict.failed(detail) : Verdict.refused(refusal(post, Refusal.Reason.REJECTED, place,
                        detail));
            };
        }
        if (e instanceof TimeoutException) {
            return Verdict.failed("no answer from Discord in time");
        }
        return Verdict.failed(String.valueOf(e));
    }

    private static Refusal refusal(DiscordPost post, Refusal.Reason reason, String place, String detail) {
        ChatRef direct = ChatRef.of(Platform.DISCORD, post.guildId());
        ChatRef chat = direct.directUserId().isPresent() ? direct
                : ChatRef.of(Platform.DISCORD, post.guildId()).inThread(post.channelId());
        return new Refusal(reason, Optional.of(chat), place, detail);
    }

    private static GuildMessageChannel channelOrNull(ShardManager connected, String channelId) {
        try {
            return connected.getChannelById(GuildMessageChannel.class, channelId);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String withheldNotice() {
        return Arrays.stream(UiLanguage.values()).map(l -> texts.get(l, "withheld")).distinct()
                .collect(Collectors.joining("\n"));
    }
}
