package com.disputedesk.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.team.Team;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseSearchTest {
    private static final Team ACME = new Team("acme", "Acme", UiLanguage.EN, ZoneId.of("UTC"),
            Set.of("discord:9001"), Set.of(), Set.of());
    private static final ChatRef GUILD = ChatRef.of(Platform.DISCORD, "9001").inThread("500");
    private static final Member ALICE = new Member(Platform.DISCORD, "2001", "Alice");

    private final List<DisputeCase> open = new ArrayList<>();
    private final CaseSearch search = new CaseSearch(new OpenCases(open));

    @Test
    void findsByNumberFirstThenOrderIdThenBuyer() {
        add(21, "8100000000000001", "Rosa Díaz");
        add(12, "8100000000000012", "Tom");
        add(2, "8100000000000099", "Ana");
        add(1, "8100000000000002", "Bob 2nd");

        assertThat(numbers("2")).containsExactly(2, 21, 12, 1);
        assertThat(numbers("#12")).containsExactly(12);
        assertThat(numbers("0099")).containsExactly(2);
        assertThat(numbers("ROSA")).containsExactly(21);
        assertThat(numbers("nobody")).isEmpty();
    }

    @Test
    void nothingTypedListsTheNewestOpenCasesUpToTwentyFive() {
        for (int n = 40; n >= 1; n--) {
            add(n, "81" + n, "buyer " + n);
        }

        List<Integer> found = numbers(" ");

        assertThat(found).hasSize(CaseSearch.MAX_RESULTS);
        assertThat(found.get(0)).isEqualTo(40);
    }

    @Test
    void atMostTwentyFiveMatches() {
        for (int n = 100; n >= 1; n--) {
            add(n, "81" + n, "same buyer");
        }

        assertThat(numbers("same")).hasSize(25);
    }

    private List<Integer> numbers(String typed) {
        return search.openMatching(ACME.id(), typed).stream().map(c -> c.number().value()).toList();
    }

    private void add(int number, String orderId, String buyer) {
        CaseFacts facts = new CaseFacts("aliexpress", orderId, buyer, "en", Reason.NOT_RECEIVED,
                BuyerRequest.of(RequestKind.FULL_REFUND), Money.of("10.00", "USD"), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), LocalDate.of(2026, 3, 1));
        open.add(new DisputeCase(number, "acme", new CaseNumber(number), facts, CaseState.OPEN, Optional.of(ALICE),
                GUILD, Instant.parse("2026-03-01T10:00:00Z"), Optional.empty(), Optional.empty(), 0));
    }

    /** The open cases as given, newest first as listed; the search needs nothing else. */
    private record OpenCases(List<DisputeCase> cases) implements CaseStore {
        @Override
        public List<DisputeCase> open(String team, int limit) {
            return cases.stream().filter(c -> c.team().equals(team)).limit(limit).toList();
        }

        @Override
        public DisputeCase create(NewCase newCase, List<TimelineEntry> firstEntries) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<DisputeCase> byNumber(String team, CaseNumber number) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<DisputeCase> byOrderId(String team, String orderId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<DisputeCase> all(String team, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public DisputeCase update(DisputeCase updated, TimelineEntry entry) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void append(long caseId, TimelineEntry entry) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<TimelineEntry> timeline(long caseId) {
            throw new UnsupportedOperationException();
        }
    }
}
