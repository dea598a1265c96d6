package com.disputedesk.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.team.Team;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import com.disputedesk.core.testkit.HandlerBot;
import com.disputedesk.core.testkit.MutableClock;
import com.disputedesk.core.testkit.RecordingOutbox;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A refused message is never silent: the team is told once, in another of its chats, what failed and what to do. */
class RefusalNoticesTest {
    private static final Team TEAM = new Team("acme", "Acme Store", UiLanguage.EN, ZoneId.of("Europe/Warsaw"),
            Set.of("telegram:-1002", "telegram:-1001", "discord:9001"), Set.of(), Set.of());
    private static final ChatRef GROUP = ChatRef.of(Platform.TELEGRAM, "-1002");

    private final RecordingOutbox outbox = new RecordingOutbox();
    private final TeamSettings settings = new TeamSettings(new HandlerBot.MemorySettings());
    private final RefusalNotices notices = new RefusalNotices(new TeamDirectory(List.of(TEAM)), settings,
            NoticeLog.inMemory(), outbox, new MutableClock(Instant.parse("2026-03-02T08:00:00Z")));

    private static Refusal refusal(ChatRef chat, Refusal.Reason reason) {
        return new Refusal(reason, Optional.of(chat), chat.chatId(), "403 Forbidden: bot was kicked");
    }

    @Test
    void theTeamIsToldInItsFirstOtherChatOnThatPlatformOncePerPlaceAndReason() {
        notices.refused(refusal(GROUP, Refusal.Reason.MISSING_PERMISSION));
        notices.refused(refusal(GROUP, Refusal.Reason.MISSING_PERMISSION));

        List<Outgoing> told = outbox.drain();
        assertThat(told).singleElement().satisfies(o -> {
            assertThat(o.chat()).isEqualTo(ChatRef.of(Platform.TELEGRAM, "-1001"));
            assertThat(o.reply().text())
                    .startsWith("⚠ I could not post a message in -1002 (403 Forbidden: bot was kicked)")
                    .contains("give the bot View Channel and Send Messages in -1002");
        });

        notices.refused(refusal(GROUP, Refusal.Reason.TOO_LARGE));
        assertThat(outbox.drain()).singleElement().satisfies(o -> assertThat(o.reply().text())
                .contains("over the platform's size limit"));
    }

    @Test
    void aDiscordChannelIsReportedToItsGuildInTheTeamsLanguage() {
        settings.setLanguage(TEAM, UiLanguage.ZH);
        ChatRef channel = ChatRef.of(Platform.DISCORD, "9001").inThread("500");

        notices.refused(new Refusal(Refusal.Reason.UNKNOWN_PLACE, Optional.of(channel), "#disputes",
                "10003 Unknown Channel"));

        assertThat(outbox.drain()).singleElement().satisfies(o -> {
            assertThat(o.chat()).isEqualTo(ChatRef.of(Platform.DISCORD, "9001"));
            assertThat(o.reply().text()).contains("我无法在 #disputes 发送一条消息").contains("已被删除");
        });
    }

    @Test
    void aPlaceNoTeamOwnsOrARefusalWithoutAPlaceTellsNobody() {
        notices.refused(refusal(ChatRef.of(Platform.TELEGRAM, "-999"), Refusal.Reason.UNKNOWN_PLACE));
        notices.refused(new Refusal(Refusal.Reason.REJECTED, Optional.empty(), "?", ""));

        assertThat(outbox.drain()).isEmpty();
    }
}
