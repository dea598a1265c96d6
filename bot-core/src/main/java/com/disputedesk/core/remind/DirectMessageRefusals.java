package com.disputedesk.core.remind;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.delivery.NoticeLog;
import com.disputedesk.core.delivery.Refusal;
import com.disputedesk.core.delivery.RefusalListener;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import java.time.Clock;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a platform refuses a reminder sent by direct message (a Telegram member who never started a chat with the
 * bot, a Discord member who accepts no direct messages), tells the member once, in the chat of each team where they
 * asked for reminders by direct message, how to make it work or turn it off. The refusal itself stays recorded as
 * failed; refusals of other places are not this listener's.
 */
public final class DirectMessageRefusals implements RefusalListener {
    private static final Logger log = LoggerFactory.getLogger(DirectMessageRefusals.class);

    private final TeamDirectory teams;
    private final TeamSettings settings;
    private final MemberDirectory members;
    private final NoticeLog told;
    private final Outbox outbox;
    private final Clock clock;
    private final Messages texts = new Messages("remind");

    /** @param outbox the outbox of the platform whose refusals these are (or the routing outbox) */
    public DirectMessageRefusals(TeamDirectory teams, TeamSettings settings, MemberDirectory members, NoticeLog told,
                                 Outbox outbox, Clock clock) {
        this.teams = teams;
        this.settings = settings;
        this.members = members;
        this.told = told;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void refused(Refusal refusal) {
        Optional<ChatRef> chat = refusal.chat().filter(c -> c.directUserId().isPresent());
        if (chat.isEmpty()) {
            return;
        }
        Platform platform = chat.get().platform();
        String userId = chat.get().directUserId().orElseThrow();
        String memberKey = new Member(platform, userId, userId).key();
        for (Team team : teams.all()) {
            if (!members.dmReminders(team.id(), memberKey)) {
                continue;
            }
            Optional<ChatRef> teamChat = firstChat(team, platform);
            // one notice per member and team: the member knows after the first
            if (teamChat.isEmpty() || !told.firstTime("dm:" + team.id() + ":" + memberKey, refusal.reason(),
                    clock.instant())) {
                continue;
            }
            Member member = members.byKey(team.id(), memberKey).orElse(new Member(platform, userId, userId));
            UiLanguage lang = settings.language(team);
            log.info("telling {} in team {} that their direct messages are refused: {}", memberKey, team.id(),
                    refusal.describe());
            outbox.send(new Outgoing(teamChat.get(), Reply.text(texts.get(lang, "remind.dm.refused."
                    + how(platform), member.displayName())).mentioning(member), Optional.empty()));
        }
    }

    private static String how(Platform platform) {
        return switch (platform) {
            case TELEGRAM -> "telegram";
            case DISCORD -> "discord";
            default -> "other";
        };
    }

    /** The team's first chat on {@code platform}, in a stable order. */
    private static Optional<ChatRef> firstChat(Team team, Platform platform) {
        String prefix = platform.name().toLowerCase(Locale.ROOT) + ":";
        return team.chats().stream().filter(k -> k.startsWith(prefix)).sorted(Comparator.naturalOrder())
                .map(k -> ChatRef.of(platform, k.substring(prefix.length()))).findFirst();
    }
}
