package com.disputedesk.core.delivery;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.Reply;
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
 * Tells a team, once per place and reason, that a platform refused one of the bot's messages: what failed and how
 * to fix it ("give the bot Send Messages in #disputes"), in the team's language. The notice goes to the team's
 * first chat on that platform other than the refused place (on Discord: the guild, which its adapter posts in the
 * guild's digest channel), through that platform's outbox. A notice that is refused in turn is not told again,
 * so a team whose every place refuses the bot is never flooded; the failures stay recorded and logged.
 */
public final class RefusalNotices implements RefusalListener {
    private static final Logger log = LoggerFactory.getLogger(RefusalNotices.class);

    private final TeamDirectory teams;
    private final TeamSettings settings;
    private final NoticeLog told;
    private final Outbox outbox;
    private final Clock clock;
    private final Messages texts = new Messages("delivery");

    /**
     * @param outbox the outbox of the platform whose refusals these are (or the routing outbox)
     */
    public RefusalNotices(TeamDirectory teams, TeamSettings settings, NoticeLog told, Outbox outbox, Clock clock) {
        this.teams = teams;
        this.settings = settings;
        this.told = told;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Override
    public void refused(Refusal refusal) {
        if (refusal.chat().isEmpty()) {
            return;
        }
        ChatRef chat = refusal.chat().get();
        if (chat.directUserId().isPresent()) {
            // a direct message belongs to a member, not a team's place: the reminders that send them tell its member
            return;
        }
        Optional<Team> team = owner(chat);
        if (team.isEmpty()) {
            log.warn("a refused message in {} belongs to no configured team; nobody to tell", chat.key());
            return;
        }
        if (!told.firstTime(chat.key(), refusal.reason(), clock.instant())) {
            return;
        }
        UiLanguage lang = settings.language(team.get());
        String text = texts.get(lang, "delivery.refused", refusal.place(), refusal.detail()) + "\n"
                + texts.get(lang, refusal.reason().key(), refusal.place());
        ChatRef to = fallback(team.get(), chat);
        log.info("telling team {} in {} that {} refused a message: {}", team.get().id(), to.key(),
                chat.platform(), refusal.describe());
        outbox.send(new Outgoing(to, Reply.text(text), Optional.empty()));
    }

    private Optional<Team> owner(ChatRef chat) {
        String key = chat.platform().name().toLowerCase(Locale.ROOT) + ":" + chat.chatId();
        return teams.all().stream().filter(t -> t.chats().contains(key)).findFirst();
    }

    /**
     * The team's first chat on the refused place's platform (in a stable order), preferring one other than the
     * refused place; a chat of the team is always found, since the refused place belongs to one.
     */
    private static ChatRef fallback(Team team, ChatRef refused) {
        String prefix = refused.platform().name().toLowerCase(Locale.ROOT) + ":";
        Platform platform = refused.platform();
        return team.chats().stream().filter(k -> k.startsWith(prefix)).sorted(Comparator.naturalOrder())
                .map(k -> ChatRef.of(platform, k.substring(prefix.length())))
                .filter(c -> !c.equals(refused))
                .findFirst().orElse(ChatRef.of(platform, refused.chatId()));
    }
}
