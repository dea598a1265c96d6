package com.disputedesk.core.remedy;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.EvidenceKind;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.chat.Card;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.i18n.Messages;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.testkit.TestDesk;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The suggestion as the team sees it, in English and Chinese. */
class SuggestionViewTest {
    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");
    /** Monday 2 March 2026, 09:00 in Warsaw. */
    private static final Instant NOW = TestDesk.START;

    private final Remedies remedies = TestDesk.remedies();
    private final SuggestionView view = new SuggestionView();

    private Suggestion wrongSize(String buyerLanguage) {
        return remedies.suggest(Facts.of(Reason.WRONG_SIZE).language(buyerLanguage)
                .have(EvidenceKind.ORDER_CHAT).build(), WARSAW);
    }

    private static String field(Card card, String label) {
        return card.fields().stream().filter(f -> f.label().equals(label)).map(Card.Field::value).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + label + " in " + card.asText()));
    }

    @Test
    void theEnglishCardNumbersTheOffersWithAmountWhyAndRule() {
        Card card = view.render(wrongSize("es"), UiLanguage.EN, WARSAW, NOW);

        assertThat(card.title()).isEqualTo("Suggested remedy");
        String offers = field(card, "Offers");
        assertThat(offers).startsWith("1. Partial refund, buyer keeps the item \u00b7 15.00 USD\n   Partial refund and"
                + " the buyer keeps the item");
        assertThat(offers).contains("[wrong-size.partial-refund]", "2. Coupon for the next order \u00b7 10.00 USD",
                "5. Full refund \u00b7 100.00 USD");
        assertThat(field(card, "Evidence")).contains("\u2717 Item laid flat with a ruler, and the size label (missing)",
                "\u2713 Chat history with the buyer (have)");
        assertThat(card.footer()).isEqualTo("Evidence: 1 of 4 at hand");
        assertThat(field(card, "Draft to the buyer (es)")).startsWith("Hola, Maria:");
    }

    @Test
    void theDeadlineShowsLocalTimeTimeLeftAndWhatHappensThen() {
        Card card = view.render(wrongSize("en"), UiLanguage.EN, WARSAW, NOW);

        // AliExpress: 5 days from Monday 00:00 in Warsaw = Saturday 00:00; 4 days 15 hours after 09:00 Monday
        assertThat(field(card, "Deadline")).isEqualTo("2026-03-07 00:00 (Europe/Warsaw) \u00b7 4d 15h left\n"
                + "Then: the amount the buyer asked for is refunded automatically");
    }

    @Test
    void anOverdueOrUnverifiedDeadlineSaysSo() {
        Deadline due = new Deadline(Instant.parse("2026-03-02T03:00:00Z"), "Amazon may decide", false);

        String text = view.deadline(due, UiLanguage.EN, ZoneId.of("UTC"), Instant.parse("2026-03-02T08:10:00Z"));

        assertThat(text).contains("overdue by 5h 10m").contains("Window not verified");
        assertThat(view.span(Duration.ofMinutes(7), UiLanguage.EN)).isEqualTo("7m");
        assertThat(view.span(Duration.ofDays(3).plusHours(4).plusMinutes(59), UiLanguage.EN)).isEqualTo("3d 4h");
    }

    @Test
    void theChineseCardUsesChineseLabelsForOffersReasonsAndEvidence() {
        Card card = view.render(wrongSize("de"), UiLanguage.ZH, WARSAW, NOW);

        assertThat(card.title()).isEqualTo("建议的处理方案");
        assertThat(field(card, "方案")).startsWith("1. 部分退款，买家保留商品 \u00b7 15.00 USD");
        assertThat(field(card, "证据")).contains("\u2713 与买家的聊天记录（已有）");
        assertThat(field(card, "平台截止时间")).contains("剩余 4天15小时");
        assertThat(field(card, "给买家的草稿（de）")).startsWith("Hallo Maria,");
        assertThat(Glossary.label(UiLanguage.ZH, Reason.WRONG_SIZE)).isEqualTo("尺码不对");
        assertThat(Glossary.label(UiLanguage.ZH, OfferKind.RESHIP)).isEqualTo("重新发货");
    }

    @Test
    void anEnglishFallbackDraftCarriesANotice() {
        Card en = view.render(wrongSize("ja"), UiLanguage.EN, WARSAW, NOW);
        Card zh = view.render(wrongSize("ja"), UiLanguage.ZH, WARSAW, NOW);

        assertThat(field(en, "Draft to the buyer (en)"))
                .startsWith("No template in the buyer's language (en): the draft is in English.\n\nHello Maria,");
        assertThat(field(zh, "给买家的草稿（en）")).startsWith("没有买家语言（en）的模板：草稿为英文。");
    }

    @Test
    void notesShowWhatWasLeftOut() {
        Suggestion s = remedies.suggest(Facts.of(Reason.WRONG_SIZE).on("mercadolibre").order("2000008123456789")
                .build(), WARSAW);

        String notes = field(view.render(s, UiLanguage.EN, WARSAW, NOW), "Notes");

        assertThat(notes).contains("\u2022 The seller can bear up to 50.00 USD")
                .contains("Mercado Libre's policy does not allow partial-refund offers: left out");
    }

    @Test
    void longValuesAreSplitIntoFieldsWithinTheEmbedLimit() {
        String longDraft = (String.join(" ", java.util.Collections.nCopies(3,
                "A line of the buyer message that goes on for a while.")) + "\n").repeat(30);
        Suggestion base = wrongSize("en");
        Suggestion s = new Suggestion(base.offers(), base.evidence(), base.deadline(),
                new BuyerMessage("en", longDraft.strip(), false), base.notes());

        Card card = view.render("#7 \u00b7 Wrong size", s, UiLanguage.EN, WARSAW, NOW);

        assertThat(card.title()).isEqualTo("#7 \u00b7 Wrong size");
        assertThat(card.fields()).allSatisfy(f -> assertThat(f.value().length()).isLessThanOrEqualTo(1024));
        List<Card.Field> draftParts = card.fields().stream().filter(f -> f.label().startsWith("Draft to the buyer"))
                .toList();
        assertThat(draftParts).hasSizeGreaterThan(1);
        assertThat(draftParts.get(1).label()).isEqualTo("Draft to the buyer (cont.)");
        String joined = String.join("\n", draftParts.stream().map(Card.Field::value).toList());
        assertThat(joined).isEqualTo(longDraft.strip());
    }

    @Test
    void aQuickSuggestionWithoutAmountsRendersToo() {
        Suggestion s = remedies.quick(Reason.CUSTOMS_HOLD, null, "allegro", java.time.LocalDate.of(2026, 3, 2),
                WARSAW);

        Card card = view.render(s, UiLanguage.EN, WARSAW, NOW);

        assertThat(field(card, "Offers")).startsWith("1. Find the customs cause; help with documents\n");
        assertThat(field(card, "Deadline")).contains("Window not verified");
        assertThat(card.footer()).isEqualTo("Evidence: 0 of 3 at hand");
        assertThat(s.offers()).extracting(Offer::amount).containsOnly(Optional.<Money>empty());
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndALabelForEveryKind() {
        Messages messages = new Messages("remedy");

        for (UiLanguage lang : UiLanguage.values()) {
            for (OfferKind kind : OfferKind.values()) {
                assertThat(Glossary.label(lang, kind)).isNotBlank();
            }
            for (Reason reason : Reason.values()) {
                assertThat(Glossary.label(lang, reason)).isNotBlank();
            }
            for (EvidenceKind kind : EvidenceKind.values()) {
                assertThat(Glossary.label(lang, kind)).isNotBlank();
            }
        }
        assertThat(Glossary.label(UiLanguage.EN, OfferKind.PARTIAL_REFUND)).isEqualTo("Partial refund, buyer keeps the item");
        assertThat(Glossary.label(UiLanguage.EN, Reason.CHANGED_MIND)).isEqualTo(Reason.CHANGED_MIND.label());
        assertThat(Glossary.label(UiLanguage.EN, EvidenceKind.BUYER_PHOTOS))
                .isEqualTo(EvidenceKind.BUYER_PHOTOS.label());
    }

    @Test
    void theChineseCardShowsTheChineseWhyLinesNotesAndWhatHappensThen() {
        Suggestion s = wrongSize("en");

        Card zh = view.render(s, UiLanguage.ZH, WARSAW, NOW);
        Card en = view.render(s, UiLanguage.EN, WARSAW, NOW);

        assertThat(field(zh, "方案")).contains("部分退款，买家保留商品（也许适合其他人）（订单金额的 15%）",
                "换成合适的尺码 [wrong-size.exchange]").doesNotContain("Partial refund and", "Last resort");
        assertThat(field(zh, "平台截止时间")).endsWith("届时：买家申请的金额将自动退款");
        assertThat(field(zh, "备注")).startsWith("\u2022 卖家在这笔订单上最多可承受 50.00 USD");
        assertThat(field(en, "Offers")).contains("Partial refund and the buyer keeps the item (it may fit someone else)"
                + " (15% of the order)", "Exchange for the right size [wrong-size.exchange]");
        assertThat(field(en, "Deadline")).endsWith("Then: the amount the buyer asked for is refunded automatically");
        assertThat(field(en, "Notes")).startsWith("\u2022 The seller can bear up to 50.00 USD");
    }

    @Test
    void theChineseCardFallsBackToEnglishWhereThePlaybookHasNoChineseText() {
        Offer offer = new Offer(1, OfferKind.RESHIP, Optional.empty(), "test.reship", "Reship it");
        Deadline due = new Deadline(Instant.parse("2026-03-04T00:00:00Z"), "Amazon may decide", true);
        Suggestion s = new Suggestion(List.of(offer), List.of(), due, new BuyerMessage("en", "Hello", false),
                List.of(new Suggestion.Note("test.coupon", "Left out")));

        Card zh = view.render(s, UiLanguage.ZH, WARSAW, NOW);

        assertThat(field(zh, "方案")).contains("Reship it [test.reship]");
        assertThat(field(zh, "平台截止时间")).endsWith("届时：Amazon may decide");
        assertThat(field(zh, "备注")).isEqualTo("\u2022 Left out");
    }

    @Test
    void leftOutRungsAreExplainedInChinese() {
        Suggestion s = remedies.suggest(Facts.of(Reason.WRONG_SIZE).on("mercadolibre").order("2000008123456789")
                .build(), WARSAW);

        Card zh = view.render(s, UiLanguage.ZH, WARSAW, NOW);

        assertThat(field(zh, "备注")).contains("Mercado Libre 的政策不允许提供“部分退款，买家保留商品”：已略去")
                .doesNotContain("policy does not allow");
        assertThat(field(zh, "平台截止时间")).contains("届时：该纠纷将计入卖家的纠纷率（请保持在约 2% 以下）");
    }
}
