package com.disputedesk.core.remind;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.TimelineEntry;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Outbox;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.kernel.Money;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A team living in a Telegram group and a Discord guild gets one digest a day in each, whatever fails. */
@ExtendWith(Rig.ClosesRigs.class)
class DigestPerChatTest {
    private static final ChatRef GUILD_CHANNEL = ChatRef.of(Platform.DISCORD, "9001").inThread("500");

    @TempDir
    Path dir;

    @Test
    void aChatThatFailsIsRetriedAloneAndTheOtherGetsTheDigestOnceADay() {
        List<Outgoing> delivered = new CopyOnWriteArrayList<>();
        AtomicInteger discordFailuresLeft = new AtomicInteger(3);
        Outbox sink = o -> {
            if (o.chat().platform() == Platform.DISCORD && discordFailuresLeft.getAndDecrement() > 0) {
                throw new IllegalStateException("no adapter running for DISCORD");
            }
            delivered.add(o);
        };
        Rig rig = Rig.open(dir, sink);
        rig.openCase(Rig.ALICE);
        openInDiscord(rig);
        rig.scheduler().planner().ensureDigests();

        rig.runUntil(Instant.parse("2026-03-04T12:00:00Z"));

        List<String> telegram = digests(delivered, Platform.TELEGRAM);
        List<String> discord = digests(delivered, Platform.DISCORD);
        assertThat(discordFailuresLeft.get()).as("Discord failed three times first").isNegative();
        assertThat(telegram).as("one a day in the group, never repeated for Discord's failures")
                .containsExactly("2026-03-03 Tue", "2026-03-04 Wed");
        assertThat(discord).as("the guild gets each day's digest once, the first after its retries")
                .containsExactly("2026-03-03 Tue", "2026-03-04 Wed");
        assertThat(delivered.stream().filter(o -> o.chat().platform() == Platform.DISCORD))
                .allSatisfy(o -> assertThat(o.chat()).isEqualTo(ChatRef.of(Platform.DISCORD, "9001")));
    }

    private static List<String> digests(List<Outgoing> delivered, Platform platform) {
        return delivered.stream().filter(o -> o.chat().platform() == platform)
                .map(o -> o.reply().text())
                .filter(t -> t.contains("Daily digest for Acme Store, "))
                .map(t -> t.substring(t.indexOf("Daily digest for Acme Store, ") + 29).lines().findFirst().orElse(""))
                .toList();
    }

    private static void openInDiscord(Rig rig) {
        CaseFacts facts = new CaseFacts("aliexpress", "8012345678901299", "Ines", "es", Reason.NOT_RECEIVED,
                BuyerRequest.of(RequestKind.FULL_REFUND), Money.of("25.00", "USD"), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), LocalDate.of(2026, 3, 2));
        rig.cases().create(new NewCase(Rig.TEAM.id(), facts, Rig.BOB, GUILD_CHANNEL, rig.clock.instant()),
                List.of(new TimelineEntry(rig.clock.instant(), Rig.BOB.key(), TimelineEntry.Kind.CREATED, "opened")));
    }
}
