package com.disputedesk.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.BuyerAnswer;
import com.disputedesk.core.cases.CaseFilter;
import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.cases.ReturnStep;
import com.disputedesk.core.chat.Outgoing;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.kernel.Coded;
import com.disputedesk.core.remedy.Marketplace;
import com.disputedesk.core.team.commands.Setting;
import com.disputedesk.core.testkit.ChatScript;
import com.disputedesk.core.testkit.DeskTest;
import com.disputedesk.core.testkit.TestDesk;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A team that works in Chinese reads Chinese in every line of a whole dispute: intake, card, suggestion, offer,
 * reply, close, lists, settings, figures and a reminder. Latin words may only be what members type (commands,
 * codes, amounts with currency codes), proper names (marketplaces, members, the buyer, time zones) and the buyer's
 * draft, which is in the buyer's language.
 */
class ChineseTeamDisputeTest extends DeskTest {
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]*(?:[-_.][A-Za-z0-9]+)*");
    private static final Set<String> TYPED = Set.of("back", "skip", "cancel", "confirm", "edit", "none", "done",
            "sha256", "off", "YYYY-MM-DD", "cases",
            // the /remedy facts members type as name=value
            "opened", "region", "tracking", "shipped-days", "silent-days", "item-cost", "shipping-cost", "asks",
            "evidence", "partial", "changed");

    @Test
    void aChineseTeamSeesNoEnglishFromIntakeToStats() {
        ChatScript chat = desk.chat();
        chat.send("/lang zh").expectAny("中文");
        StringBuilder read = new StringBuilder();
        run(chat, read, "/new", "1", "8123456789012345", "Ana", "5", "5", "25.90 USD", "1", "skip", "skip", "none",
                "today", "confirm", "/case 1", "/claim 1", "/offer 1 1", "/reply 1 rejected", "/offer 1 2");
        desk.outbox().drain();
        desk.clock().advance(Duration.ofDays(2));
        desk.desk().reminders().runDue(desk.clock().instant());
        List<Outgoing> reminders = desk.outbox().drain();
        assertThat(reminders).as("a follow-up reminder").isNotEmpty();
        reminders.stream().map(Outgoing::reply).forEach(r -> read.append(readable(r)));
        assertThat(reminders.get(0).reply().text()).as("the marketplace by its name").contains("AliExpress")
                .doesNotContain("aliexpress");
        run(chat, read, "/reply 1 counter 要 20 USD", "/cases", "/cases mine", "/cases overdue", "/cases closed",
                "/find Ana", "/evidence 1", "/settings zone Asia/Shanghai", "/settings leads 2d,4h",
                "/settings quiet 22:00-07:00", "/settings digest off", "/settings");
        run(chat, read, "/close 1 partial-refund 10", "/case 1", "/stats", "/help");

        assertThat(foreignWords(read.toString())).as(read.toString()).isEmpty();
    }

    private static void run(ChatScript chat, StringBuilder read, String... typed) {
        for (String t : typed) {
            chat.send(t);
            chat.replies().forEach(r -> read.append(readable(r)));
        }
    }

    /** Everything of a reply a member reads: its text, its card and its buttons; not the draft to the buyer. */
    private static String readable(Reply r) {
        StringBuilder out = new StringBuilder(withoutBuyerDraft(r.text())).append('\n');
        r.card().ifPresent(card -> {
            out.append(card.title()).append('\n');
            card.fields().stream().filter(f -> !f.label().contains("给买家的草稿"))
                    .forEach(f -> out.append(f.label()).append(' ').append(withoutBuyerDraft(f.value())).append('\n'));
        });
        r.choices().forEach(c -> out.append(c.label()).append('\n'));
        return out.toString();
    }

    /** The draft to the buyer is in the buyer's language: it starts at its header and runs to the reply's end. */
    private static String withoutBuyerDraft(String text) {
        int draft = text.indexOf("给买家的草稿");
        return draft < 0 ? text : text.substring(0, draft);
    }

    private Set<String> foreignWords(String read) {
        Set<String> allowed = new LinkedHashSet<>(TYPED);
        Stream.of(Reason.values(), Outcome.values(), OfferKind.values(), BuyerAnswer.values(), ReturnStep.values(),
                        RequestKind.values(),
                        EvidenceKind.values(), CaseFilter.values(), Setting.values())
                .flatMap(Arrays::stream).map(v -> ((Coded) v).code()).forEach(allowed::add);
        for (Marketplace m : TestDesk.remedies().marketplaces()) {
            allowed.add(m.id());
            allowed.addAll(List.of(m.name().split(" ")));
        }
        allowed.addAll(List.of("Ana", "Alice", "Asia", "Shanghai", "Europe", "Warsaw", "Acme", "Store", "DisputeDesk"));
        String withoutCommands = read.replaceAll("/[a-z]+", " ").replaceAll("\\[[a-z.-]+]", " ");
        Set<String> foreign = new LinkedHashSet<>();
        Matcher m = WORD.matcher(withoutCommands);
        while (m.find()) {
            String w = m.group();
            boolean currency = w.matches("[A-Z]{3}");
            boolean languageCode = w.matches("[a-z]{2}");
            boolean unit = w.matches("\\d*[dhm]|[dhm]\\d*|[KM]?B");
            if (!currency && !unit && !languageCode && !allowed.contains(w) && !allowed.contains(w.toLowerCase())) {
                foreign.add(w);
            }
        }
        return foreign;
    }
}
