package com.disputedesk.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.chat.RoutingOutbox;
import com.disputedesk.core.delivery.NoticeLog;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.remind.DirectMessageRefusals;
import com.disputedesk.core.store.JdbcDeliveryLedger;
import com.disputedesk.core.store.JdbcMemberDirectory;
import com.disputedesk.core.team.TeamDirectory;
import com.disputedesk.core.team.TeamSettings;
import com.disputedesk.core.testkit.TestDesk;
import com.disputedesk.telegram.fake.FakeBotApi;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A deadline reminder reaches the team's Telegram group, pinging the case owner and nobody else. */
class ReminderDeliveryTest {
    private static final long GROUP = -1001;
    private static final Member ANN = new Member(Platform.TELEGRAM, "42", "Ann");

    @TempDir
    Path dir;
    FakeBotApi fake;
    TestDesk desk;
    TelegramAdapter adapter;

    @BeforeEach
    void setUp() {
        fake = new FakeBotApi();
        RoutingOutbox routing = new RoutingOutbox();
        desk = TestDesk.open(dir, routing);
        adapter = new TelegramAdapter(TelegramSettings.polling(FakeBotApi.TOKEN, fake.baseUrl())
                .withPollTimeout(Duration.ofSeconds(2)).withDrainTimeout(Duration.ofSeconds(5)),
                JdbcDeliveryLedger.opener(desk.stores().dataSource()), Clock.systemUTC());
        routing.register(Platform.TELEGRAM, adapter.outbox());
        adapter.tellRefusalsTo(new DirectMessageRefusals(new TeamDirectory(List.of(TestDesk.TEAM)),
                new TeamSettings(desk.stores().stores().settings()),
                new JdbcMemberDirectory(desk.stores().dataSource()), NoticeLog.inMemory(), routing, desk.clock()));
        adapter.start(desk.desk().bot());
    }

    @AfterEach
    void tearDown() {
        adapter.close();
        desk.close();
        fake.close();
    }

    @Test
    void aDeadlineWarningPingsOnlyTheOwnerAndCarriesItsButtons() {
        CaseFacts facts = new CaseFacts("aliexpress", "8123456789012345", "@everyone Bob", "en", Reason.WRONG_SIZE,
                BuyerRequest.of(RequestKind.FULL_REFUND), Money.of("30.00", "USD"), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(), LocalDate.of(2026, 3, 2));
        DisputeCase opened = desk.stores().stores().cases().create(new NewCase(TestDesk.TEAM.id(), facts, ANN,
                ChatRef.of(Platform.TELEGRAM, Long.toString(GROUP)), desk.clock().instant()), List.of());
        desk.desk().reminders().planner().caseCreated(opened);

        // AliExpress gives five days from the day the dispute opened: three days later the 48-hour warning is due.
        desk.clock().advance(Duration.ofDays(3));
        desk.desk().reminders().runDue(desk.clock().instant());

        await().atMost(Duration.ofSeconds(10)).until(() -> !fake.sentTo(GROUP).isEmpty());
        String html = fake.sentTo(GROUP).get(0).text();
        assertThat(html).contains("#1");
        assertThat(mentionedUsers(html)).containsExactly("42");
        JsonNode buttons = fake.lastMessageTo(GROUP).path("reply_markup").path("inline_keyboard");
        assertThat(buttons.toString()).contains("rem:");
    }

    @Test
    void aReminderByDirectMessageReachesTheOwnerOnceTheyStartedAPrivateChatAndIsExplainedBefore() {
        fake.text(GROUP, 42, "Ann", "/settings dm-reminders on");
        await().atMost(Duration.ofSeconds(10)).until(() -> fake.textsTo(GROUP).stream()
                .anyMatch(t -> t.contains("open one and press Start")));
        CaseFacts facts = new CaseFacts("aliexpress", "8123456789012345", "Bob", "en", Reason.WRONG_SIZE,
                BuyerRequest.of(RequestKind.FULL_REFUND), Money.of("30.00", "USD"), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(), LocalDate.of(2026, 3, 2));
        DisputeCase opened = desk.stores().stores().cases().create(new NewCase(TestDesk.TEAM.id(), facts, ANN,
                ChatRef.of(Platform.TELEGRAM, Long.toString(GROUP)), desk.clock().instant()), List.of());
        desk.desk().reminders().planner().caseCreated(opened);

        // Ann never wrote to the bot privately: Telegram refuses the direct message, and Ann is told in the group
        desk.clock().advance(Duration.ofDays(3));
        desk.desk().reminders().runDue(desk.clock().instant());
        await().atMost(Duration.ofSeconds(10)).until(() -> fake.textsTo(GROUP).stream()
                .anyMatch(t -> t.contains("Ann, I could not send you a reminder by direct message")));
        assertThat(fake.calls("refused:sendmessage")).singleElement()
                .satisfies(c -> assertThat(c.chatId()).isEqualTo(42));
        assertThat(fake.sentTo(42)).isEmpty();

        // once she started a private chat, the next reminder comes there too, and nobody is told again
        fake.text(42, 42, "Ann", "/start");
        await().atMost(Duration.ofSeconds(10)).until(() -> !fake.sentTo(42).isEmpty());
        int before = fake.sentTo(42).size();
        desk.clock().advance(Duration.ofDays(1));
        desk.desk().reminders().runDue(desk.clock().instant());
        await().atMost(Duration.ofSeconds(10)).until(() -> fake.sentTo(42).size() > before);
        assertThat(fake.sentTo(42).get(before).text()).startsWith("Acme Store:").contains("#1");
        assertThat(fake.textsTo(GROUP).stream().filter(t -> t.contains("could not send you a reminder")))
                .hasSize(1);
    }

    private static List<String> mentionedUsers(String html) {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("tg://user\\?id=(\\d+)").matcher(html);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }
}
