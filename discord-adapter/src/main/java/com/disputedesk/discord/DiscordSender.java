package com.disputedesk.discord;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.delivery.Refusal;
import com.disputedesk.core.delivery.Sender;
import com.disputedesk.core.delivery.Verdict;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import java.time.Duration;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.dv8tion.jda.api.sharding.ShardManager;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Discord's {@link Sender}: posts one stored message in its channel and waits (on the delivery thread, never on
 * JDA's) for Discord's answer, sorted into a verdict. JDA paces the requests and waits out 429s itself; what
 * reaches us is the answer: taken; a 5xx or no answer in time (tried again); or a refusal: Missing Permissions
 * (50013, or 50001 Missing Access; JDA also refuses before asking when its cache shows the permission missing),
 * Unknown Channel (10003, or a channel not in JDA's cache: deleted, or never visible to the bot), Invalid Form Body
 * (50035: over Discord's limits).
 */
final class DiscordSender implements Sender<DiscordPost> {
    private static final Logger log = LoggerFactory.getLogger(DiscordSender.class);
    private static final int MISSING_ACCESS = 50001;
    private static final int MISSING_PERMISSIONS = 50013;
    private static final int UNKNOWN_CHANNEL = 10003;
    private static final int INVALID_FORM_BODY = 50035;

    private final Supplier<ShardManager> jda;
    private final java.util.function.Predicate<String> servedHere;
    private final java.util.function.UnaryOperator<String> channelOfGuild;
    private final ChannelPrivacy privacy;
    private final Duration timeout;
    private final ReplyRenderer renderer = new ReplyRenderer();
    private final Messages texts = new Messages("discord");

    /**
     * @param servedHere whether this process runs the shard of a guild (by id): only then does JDA's cache know the
     *                   guild's channels
     * @param channelOfGuild the channel for a post stored without one, by guild id ("0" when there is none)
     */
    DiscordSender(Supplier<ShardManager> jda, java.util.function.Predicate<String> servedHere,
                  java.util.function.UnaryOperator<String> channelOfGuild, ChannelPrivacy privacy, Duration timeout) {
        this.jda = jda;
        this.servedHere = servedHere;
        this.channelOfGuild = channelOfGuild;
        this.privacy = privacy;
        this.timeout = timeout;
    }

    @Override
    public Verdict send(DiscordPost stored) {
        ShardManager connected = jda.get();
        if (connected == null) {
            return Verdict.failed("not connected to Discord yet");
        }
        if (stored.channelId().isEmpty() && !servedHere.test(stored.guildId())) {
            return Verdict.failed("guild " + stored.guildId() + " is on a shard this process does not run now");
        }
        DiscordPost post = stored.channelId().isEmpty()
                ? new DiscordPost(stored.guildId(), channelOfGuild.apply(stored.guildId()), stored.part(),
                stored.reply())
                : stored;
        GuildMessageChannel channel = channelOrNull(connected, post.channelId());
        if (channel == null && !servedHere.test(post.guildId())) {
            // Another process runs the guild's shard (or none does for the moment): try again, never refuse.
            return Verdict.failed("guild " + post.guildId() + " is on a shard this process does not run now");
        }
        if (channel == null) {
            return Verdict.refused(refusal(post, Refusal.Reason.UNKNOWN_PLACE, "channel " + post.channelId(),
                    "the bot cannot see channel " + post.channelId() + " of guild " + post.guildId()));
        }
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
        try {
            channel.sendMessage(messages.get(post.part())).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                    .submit().get(timeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
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
        ChatRef chat = ChatRef.of(Platform.DISCORD, post.guildId()).inThread(post.channelId());
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
