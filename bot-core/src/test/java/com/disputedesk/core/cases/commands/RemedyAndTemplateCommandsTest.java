package com.disputedesk.core.cases.commands;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.i18n.Glossary;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.BuyerMessage;
import com.disputedesk.core.remedy.Marketplace;
import com.disputedesk.core.remedy.Offer;
import com.disputedesk.core.remedy.Remedies;
import com.disputedesk.core.remedy.Suggestion;
import com.disputedesk.core.testkit.DeskTest;
import com.disputedesk.core.testkit.TestDesk;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** /remedy (a suggestion with no case) and /template (the buyer-message template). */
class RemedyAndTemplateCommandsTest extends DeskTest {
    final Texts texts = new Texts();
    final Remedies remedies = TestDesk.remedies();

    private Suggestion expected(Reason reason, Money amount, Marketplace m) {
        return remedies.quick(reason, amount, m.id(), LocalDate.of(2026, 3, 2), TestDesk.TEAM.zone());
    }

    @Test
    void aReasonAloneGivesTheLadderWithoutAmountsAndSaysWhatWasAssumed() {
        Marketplace first = remedies.marketplaces().get(0);
        Reply reply = desk.chat().send("/remedy wrong-size")
                .expect("Quick suggestion: Wrong size on " + first.name()).lastReply();
        assertThat(reply.text()).contains("Assumed: no order amount, so the offers carry none")
                .contains("marketplace " + first.name());
        String card = reply.card().orElseThrow().asText();
        for (Offer o : expected(Reason.WRONG_SIZE, null, first).offers()) {
            assertThat(o.amount()).isEmpty();
            assertThat(card).contains(o.rank() + ". " + Glossary.label(UiLanguage.EN, o.kind()));
        }
    }

    @Test
    void anAmountAndAMarketplaceAreUsedAsGiven() {
        Marketplace last = remedies.marketplaces().get(remedies.marketplaces().size() - 1);
        Money amount = Money.of("40.00", "EUR");
        Reply reply = desk.chat().send("/remedy quality-defect 40 eur " + last.id())
                .expect("Quality problem / defect on " + last.name() + ", order of 40.00 EUR").lastReply();
        assertThat(reply.text()).doesNotContain("Assumed");
        String card = reply.card().orElseThrow().asText();
        for (Offer o : expected(Reason.QUALITY_DEFECT, amount, last).offers()) {
            assertThat(card).contains(o.rank() + ". " + Glossary.label(UiLanguage.EN, o.kind()));
            o.amount().ifPresent(a -> assertThat(card).contains(a.toString()));
        }
    }

    @Test
    void theAmountMayBeOneWordAndComeAfterTheMarketplace() {
        Marketplace first = remedies.marketplaces().get(0);
        desk.chat().send("/remedy wrong-colour " + first.id() + " 25usd")
                .expect("Wrong colour on " + first.name() + ", order of 25.00 USD");
    }

    @Test
    void anAmountWithoutCurrencySaysWhichCurrencyWasAssumed() {
        desk.chat().send("/remedy wrong-size 40").expect("order of 40.00 USD")
                .expectAny("Assumed: the amount is in USD");
    }

    @Test
    void inChineseTheLadderIsInChinese() {
        desk.chat().send("/lang zh");
        desk.chat().send("/remedy wrong-size 40 USD")
                .expect("快速建议").expectAny("部分退款，买家保留商品");
    }

    @Test
    void anUnknownReasonListsTheValidOnes() {
        desk.chat().send("/remedy too-small").expect("Unknown reason \"too-small\". Reasons: not-received, "
                + "delivered-not-received, customs-hold").expectAny("Usage: /remedy");
        desk.chat().send("/remedy").expect("Usage: /remedy <reason> [amount currency] [marketplace]");
    }

    @Test
    void aWordThatIsNeitherAmountNorMarketplaceGetsAHint() {
        desk.chat().send("/remedy wrong-size banana").expect("I do not understand \"banana\"")
                .expectAny(remedies.marketplaces().get(0).id());
        desk.chat().send("/remedy wrong-size 40 XYZ").expect("I do not understand \"XYZ\"");
        desk.chat().send("/remedy wrong-size 40 50 USD").expect("I do not understand \"50\"");
    }

    @Test
    void templateInTheBuyersLanguage() {
        String language = remedies.buyerLanguages().stream().filter(l -> !l.equals("en")).findFirst().orElse("en");
        BuyerMessage message = remedies.template(Reason.WRONG_SIZE, language);
        desk.chat().send("/template wrong-size " + language)
                .expect("Buyer message for Wrong size (" + language + "):")
                .expectNone("There is no template")
                .expectAny(message.text());
    }

    @Test
    void templateDefaultsToEnglish() {
        desk.chat().send("/template not-received").expect("Buyer message for Not received (en):")
                .expectAny(remedies.template(Reason.NOT_RECEIVED, "en").text());
    }

    @Test
    void aLanguageWithoutTemplateFallsBackToEnglishWithANotice() {
        desk.chat().send("/template wrong-size tlh")
                .expect("There is no template in \"tlh\", so here is the English one.")
                .expectAny(remedies.template(Reason.WRONG_SIZE, "en").text());
    }

    @Test
    void badTemplateArgumentsGetAHint() {
        desk.chat().send("/template").expect("Usage: /template <reason> [language], e.g. /template wrong-size es");
        desk.chat().send("/template big").expect("Unknown reason \"big\"");
        desk.chat().send("/template wrong-size english!").expect("Unknown language \"english!\"");
        desk.chat().send("/template wrong-size es extra").expect("Usage: /template");
    }
}
