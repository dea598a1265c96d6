package com.disputedesk.discord;

import static com.disputedesk.discord.DiscordHarness.ALICE;
import static com.disputedesk.discord.DiscordHarness.MALLORY;
import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.commands.CaseCompletions;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.discord.fake.FakeDiscord.Interaction;
import com.disputedesk.discord.fake.FakeDiscord.RestCall;
import com.disputedesk.discord.fake.FakeDiscord;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AutocompleteTest {
    private final MemoryCases cases = new MemoryCases();
    private DiscordHarness h;

    @BeforeEach
    void start() {
        open("8100000000000011", "Rosa");
        open("8100000000000022", "Tomás");
        for (int n = 3; n <= 40; n++) {
            open("82000000000000" + n, "Buyer " + n);
        }
        h = DiscordHarness.create(DiscordHarness.settings())
                .start(a -> new ScriptedCore().bot(a.outbox(), Clock.systemUTC(), CaseCompletions.over(cases, cases),
                        List.of()));
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void suggestsOpenCasesMatchingNumberOrderIdOrBuyer() {
        Interaction byBuyer = h.fake.interaction(4, ALICE).autocomplete("case", "number", "tom").send();
        RestCall answer = h.answers(byBuyer, 1).get(0);

        assertThat(answer.body().path("type").asInt()).as("autocomplete result").isEqualTo(8);
        assertThat(choices(answer)).containsExactly("#2 · 8100000000000022 · Tomás = 2");

        Interaction byOrder = h.fake.interaction(4, ALICE).autocomplete("offer", "case", "8100000000000011").send();
        assertThat(choices(h.answers(byOrder, 1).get(0))).containsExactly("#1 · 8100000000000011 · Rosa = 1");
    }

    @Test
    void neverMoreThanTwentyFive() {
        Interaction any = h.fake.interaction(4, ALICE).autocomplete("case", "number", "").send();

        List<String> offered = choices(h.answers(any, 1).get(0));

        assertThat(offered).hasSize(25);
        assertThat(offered.get(0)).startsWith("#40 ");
    }

    @Test
    void nonStaffGetNoSuggestions() {
        Interaction i = h.fake.interaction(4, MALLORY).autocomplete("case", "number", "1").send();

        assertThat(choices(h.answers(i, 1).get(0))).isEmpty();
    }

    private static List<String> choices(RestCall answer) {
        List<String> out = new ArrayList<>();
        for (JsonNode c : answer.body().path("data").path("choices")) {
            out.add(c.path("name").asText() + " = " + c.path("value").asText());
        }
        return out;
    }

    private void open(String orderId, String buyer) {
        ChatRef home = ChatRef.of(Platform.DISCORD, FakeDiscord.GUILD).inThread(FakeDiscord.CHANNEL);
        CaseFacts facts = new CaseFacts("aliexpress", orderId, buyer, "en", Reason.NOT_RECEIVED,
                BuyerRequest.of(RequestKind.FULL_REFUND), Money.of("10.00", "USD"), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), LocalDate.of(2026, 3, 1));
        cases.create(new NewCase("acme", facts, new Member(Platform.DISCORD, "2001", "Alice"), home,
                Instant.parse("2026-03-01T10:00:00Z")), List.of());
    }
}
