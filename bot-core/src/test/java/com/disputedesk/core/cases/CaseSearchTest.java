package com.disputedesk.core.cases;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.store.JdbcStores;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autocomplete and /find over a real store: exact before prefix before substring, open cases only. */
class CaseSearchTest {
    private static final ChatRef GUILD = ChatRef.of(Platform.DISCORD, "9001").inThread("500");
    private static final Member ALICE = new Member(Platform.DISCORD, "2001", "Alice");
    private static final Instant AT = Instant.parse("2026-03-01T10:00:00Z");

    @TempDir
    Path dir;
    private JdbcStores db;
    private CaseSearch search;

    @BeforeEach
    void open() {
        db = JdbcStores.sqlite(dir.resolve("search.db"), dir.resolve("evidence"), 1_000);
        search = new CaseSearch(db.stores().cases(), db.stores().queries());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void findsByNumberFirstThenOrderIdThenBuyer() {
        Map<Integer, List<String>> open = Map.of(21, List.of("8100000000000001", "Rosa Díaz"),
                12, List.of("8100000000000012", "Tom"), 2, List.of("8100000000000099", "Ana"),
                1, List.of("8100000000000002", "Bob 2nd"));
        for (int n = 1; n <= 21; n++) {
            List<String> c = open.getOrDefault(n, List.of("7700000000000" + n, "closed buyer"));
            DisputeCase created = add(c.get(0), c.get(1));
            if (!open.containsKey(n)) {
                db.stores().cases().update(created.closed(Outcome.KEPT, Optional.empty()),
                        new TimelineEntry(AT, "test", TimelineEntry.Kind.CLOSED, "kept"));
            }
        }

        assertThat(numbers("2")).containsExactly(2, 21, 12, 1);
        assertThat(numbers("#12")).containsExactly(12);
        assertThat(numbers("0099")).containsExactly(2);
        assertThat(numbers("ROSA")).containsExactly(21);
        assertThat(numbers("8100000000000012")).containsExactly(12);
        assertThat(numbers("77")).as("closed cases are not suggested").isEmpty();
        assertThat(numbers("nobody")).isEmpty();
    }

    @Test
    void nothingTypedListsTheNewestOpenCasesUpToTwentyFive() {
        for (int n = 1; n <= 40; n++) {
            add("81" + n, "buyer " + n);
        }

        List<Integer> found = numbers(" ");

        assertThat(found).hasSize(CaseSearch.MAX_RESULTS);
        assertThat(found.get(0)).isEqualTo(40);
    }

    @Test
    void atMostTwentyFiveMatches() {
        for (int n = 1; n <= 100; n++) {
            add("81" + n, "same buyer");
        }

        assertThat(numbers("same")).hasSize(25);
    }

    @Test
    void anExactOrderIdOutranksOrderIdsStartingWithIt() {
        add("PO-211-0001", "Li");
        add("PO-211-000", "Eva");
        add("XPO-211-000", "Omar");

        assertThat(numbers("po-211-000")).containsExactly(2, 1, 3);
    }

    private List<Integer> numbers(String typed) {
        return search.openMatching("acme", typed).stream().map(c -> c.number().value()).toList();
    }

    private DisputeCase add(String orderId, String buyer) {
        CaseFacts facts = new CaseFacts("aliexpress", orderId, buyer, "en", Reason.NOT_RECEIVED,
                BuyerRequest.of(RequestKind.FULL_REFUND), Money.of("10.00", "USD"), Optional.empty(),
                Optional.empty(), Optional.empty(), Set.of(), LocalDate.of(2026, 3, 1));
        return db.stores().cases().create(new NewCase("acme", facts, ALICE, GUILD, AT), List.of());
    }
}
