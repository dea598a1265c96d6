package com.disputedesk.core.remedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.kernel.UiLanguage;
import com.disputedesk.core.remedy.Playbook.PlaybookException;
import com.disputedesk.core.testkit.ConfigFixture;
import com.disputedesk.core.testkit.TestDesk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bad playbook or template stops the start with the file, the field and what is wrong. Each test copies
 * the shipped config/ to a temporary folder and breaks one thing.
 */
class PlaybookValidationTest {
    @TempDir
    Path config;

    private ConfigFixture fixture;

    @BeforeEach
    void copyShippedConfig() {
        fixture = ConfigFixture.copyOfShipped(config);
    }

    private void edit(String file, String from, String to) {
        fixture.edit(file, from, to);
    }

    private String playbook() {
        return config.resolve("playbook.yml").toString();
    }

    private String template(String lang) {
        return config.resolve("templates").resolve(lang + ".yml").toString();
    }

    private org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> loading() {
        return assertThatThrownBy(() -> Playbook.load(config)).isInstanceOf(PlaybookException.class);
    }

    @Test
    void theShippedConfigLoads() {
        assertThat(Playbook.load(config).marketplaces()).hasSize(8);
    }

    @Test
    void aPercentAboveHundredNamesTheRung() throws IOException {
        edit("playbook.yml", "percent: 15\n        why:\n          en: \"Partial refund and the buyer keeps the item (it may",
                "percent: 150\n        why:\n          en: \"Partial refund and the buyer keeps the item (it may");

        loading().hasMessage(playbook() + ": reasons.wrong-size.ladder[1].percent: must be between 0 and 100, got 150");
    }

    @Test
    void aPercentThatIsNotANumber() throws IOException {
        edit("playbook.yml", "percent: 30\n        why:\n          en: \"Partial refund and the buyer keeps the item\"",
                "percent: lots\n        why:\n          en: \"Partial refund and the buyer keeps the item\"");

        loading().hasMessageStartingWith(playbook() + ": reasons.quality-defect.ladder[2].percent: expected a number");
    }

    @Test
    void anUnknownReason() throws IOException {
        edit("playbook.yml", "  changed-mind:\n", "  changed-heart:\n");

        loading().hasMessageStartingWith(playbook() + ": reasons.changed-heart: unknown reason 'changed-heart'")
                .hasMessageContaining("changed-mind");
    }

    @Test
    void aMissingReasonLadder() throws IOException {
        String text = Files.readString(config.resolve("playbook.yml"));
        Files.writeString(config.resolve("playbook.yml"), text.substring(0, text.indexOf("  changed-mind:\n")));

        loading().hasMessage(playbook() + ": reasons: missing ladder for reason 'changed-mind'");
    }

    @Test
    void anUnknownOfferKind() throws IOException {
        edit("playbook.yml", "      - offer: reship\n        why:\n          en: \"Reship at the seller's cost",
                "      - offer: resend\n        why:\n          en: \"Reship at the seller's cost");

        loading().hasMessageStartingWith(playbook() + ": reasons.not-received.ladder[3].offer: unknown offer kind"
                + " 'resend' (expected one of: share-proof, ");
    }

    @Test
    void anUnknownEvidenceKind() throws IOException {
        edit("playbook.yml", "evidence: [listing-snapshot, order-chat]", "evidence: [listing-snapshot, chat-log]");

        loading().hasMessageStartingWith(playbook() + ": reasons.changed-mind.evidence[1]: unknown evidence kind"
                + " 'chat-log'");
    }

    @Test
    void anUnknownMarketplaceField() throws IOException {
        edit("playbook.yml", "    name: Temu\n", "    name: Temu\n    colour: orange\n");

        loading().hasMessageStartingWith(playbook() + ": marketplaces[1].colour: unknown field 'colour'")
                .hasMessageContaining("response-window");
    }

    @Test
    void aResponseWindowThatIsNotADuration() throws IOException {
        edit("playbook.yml", "window: 48h\n        regions:", "window: soon\n        regions:");

        loading().hasMessage(playbook() + ": marketplaces[5].clocks[0].window: expected an ISO-8601 duration like P5D"
                + " or PT48H (or 5d / 48h / 3 business days), got 'soon'");
    }

    @Test
    void aWindowOfNoBusinessDays() throws IOException {
        edit("playbook.yml", "window: 3 business days\n        business-count: whole-days\n        starts: [opened, request",
                "window: 0 business days\n        business-count: whole-days\n        starts: [opened, request");

        loading().hasMessage(playbook() + ": marketplaces[6].clocks[0].window: must be longer than zero,"
                + " got '0 business days'");
    }

    private static final String EBAY_HOLIDAYS = "    holidays: []\n    clocks:\n      # eBay Money Back";

    /** Where AliExpress's clocks begin in the shipped playbook. */
    private static final String ALIEXPRESS_CLOCKS = "    clocks:\n      # Seller guides (see notes)";

    private void ebayHolidays(String list) throws IOException {
        edit("playbook.yml", EBAY_HOLIDAYS, EBAY_HOLIDAYS.replace("[]", list));
    }

    @Test
    void listedHolidaysAreSkippedByABusinessDayWindowAndADuplicateIsHarmless() throws IOException {
        ebayHolidays("[2026-03-03, 2026-03-04, 2026-03-03]");

        Remedies remedies = Playbook.load(config);

        assertThat(remedies.marketplace("ebay").orElseThrow().holidays())
                .containsExactly(java.time.LocalDate.of(2026, 3, 3), java.time.LocalDate.of(2026, 3, 4));
        // Opened Monday 2 March: Mon, (Tue, Wed off), Thu, Fri, so due at the start of Saturday, not Thursday.
        assertThat(remedies.quick(com.disputedesk.core.cases.Reason.WRONG_SIZE, null, "ebay",
                java.time.LocalDate.of(2026, 3, 2), java.time.ZoneId.of("UTC")).deadline().due())
                .isEqualTo(java.time.Instant.parse("2026-03-07T00:00:00Z"));
    }

    @Test
    void aSingleHolidayMayBeWrittenWithoutBrackets() throws IOException {
        ebayHolidays("2026-03-03");

        assertThat(Playbook.load(config).marketplace("ebay").orElseThrow().holidays())
                .containsExactly(java.time.LocalDate.of(2026, 3, 3));
    }

    @Test
    void aHolidayThatIsNotADateNamesTheMarketplaceAndTheEntry() throws IOException {
        ebayHolidays("[2026-03-03, 2026-02-30]");

        loading().hasMessage(playbook() + ": marketplaces[6].holidays[1]: expected a date as YYYY-MM-DD,"
                + " e.g. 2026-12-25, got '2026-02-30'");
        edit("playbook.yml", "2026-02-30", "3 March 2026");
        loading().hasMessage(playbook() + ": marketplaces[6].holidays[1]: expected a date as YYYY-MM-DD,"
                + " e.g. 2026-12-25, got '3 March 2026'");
        edit("playbook.yml", ", 3 March 2026]", ", \"\"]");
        loading().hasMessage(playbook() + ": marketplaces[6].holidays[1]: missing");
    }

    @Test
    void holidaysOnACalendarWindowAreRefused() throws IOException {
        edit("playbook.yml", ALIEXPRESS_CLOCKS, "    holidays: [2026-03-03]\n" + ALIEXPRESS_CLOCKS);

        loading().hasMessage(playbook() + ": marketplaces[0].holidays: holidays only apply to windows in business"
                + " days (like \"3 business days\"), and no clock of this marketplace counts business days");
    }

    @Test
    void theShippedPlaybookListsNoHolidaysForTheOperatorToFillIn() {
        assertThat(Playbook.load(TestDesk.configDir()).marketplaces()).allSatisfy(m ->
                assertThat(m.holidays()).as("marketplace %s: holidays", m.id()).isEmpty());
    }

    @Test
    void aBrokenOrderIdPattern() throws IOException {
        edit("playbook.yml", "pattern: \"\\\\d{15,20}\"", "pattern: \"\\\\d{15,\"");

        loading().hasMessageStartingWith(playbook() + ": marketplaces[0].order-id.pattern: not a valid regular"
                + " expression");
    }

    @Test
    void aMarketplaceCannotForbidTheLastResort() throws IOException {
        edit("playbook.yml", "forbidden-offers: [send-part, exchange, reship]",
                "forbidden-offers: [send-part, full-refund]");

        loading().hasMessage(playbook() + ": marketplaces[4].policy.forbidden-offers[1]: full-refund cannot be"
                + " forbidden: it is every ladder's last resort");
    }

    @Test
    void aLadderMustEndWithAFullRefund() throws IOException {
        edit("playbook.yml", "      - offer: full-refund\n        why:\n          en: \"Last resort; incomplete tracking"
                + " loses escalations anyway\"\n          zh: \"最后手段；物流信息不完整的话，纠纷升级后反正也会败诉\"\n", "");

        loading().hasMessageStartingWith(playbook() + ": reasons.not-received.ladder[3]: the last rung must be a"
                + " full-refund without conditions (the last resort), got reship");
    }

    @Test
    void twoRungsWithTheSameRuleId() throws IOException {
        edit("playbook.yml", "      - id: accept-request\n", "      - id: partial-refund\n");

        loading().hasMessageStartingWith(playbook() + ": reasons.not-as-described.ladder[1].id: rule"
                + " 'not-as-described.partial-refund' is already used");
    }

    @Test
    void aPercentOnARungThatHasNoAmount() throws IOException {
        edit("playbook.yml", "      - offer: exchange\n        why:\n          en: \"Exchange for the right size\"",
                "      - offer: exchange\n        percent: 10\n        why:\n          en: \"Exchange for the right size\"");

        loading().hasMessageStartingWith(playbook() + ": reasons.wrong-size.ladder[3].percent: only coupon and"
                + " partial-refund rungs");
    }

    @Test
    void aSellerShareAboveOne() throws IOException {
        edit("playbook.yml", "item-cost-share: 0.45", "item-cost-share: 1.5");

        loading().hasMessage(playbook() + ": seller.item-cost-share: must be a share between 0 and 1, got 1.5");
    }

    @Test
    void brokenYamlSaysWhere() throws IOException {
        edit("playbook.yml", "  item-cost-share: 0.45", "\titem-cost-share: 0.45");

        loading().hasMessageStartingWith(playbook() + ": line ").hasMessageContaining("not valid YAML");
    }

    @Test
    void aMissingPlaybookFile() throws IOException {
        Files.delete(config.resolve("playbook.yml"));

        loading().hasMessage(playbook() + ": file not found");
    }

    @Test
    void aTemplateLanguageMissingAKeyThatEnglishHas() throws IOException {
        edit("templates/de.yml", "closing: \"Vielen Dank", "closings: \"Vielen Dank");

        loading().hasMessageStartingWith(template("de") + ": closings: unknown field 'closings'");
        edit("templates/de.yml", "closings: \"Vielen Dank", "# closing: \"Vielen Dank");
        loading().hasMessage(template("de") + ": closing: missing (en.yml has it)");
    }

    @Test
    void aTemplateMissingAnOfferParagraph() throws IOException {
        edit("templates/pl.yml", "  send-part:", "  # send-part:");

        loading().hasMessage(template("pl") + ": offers.send-part: missing (en.yml has it)");
    }

    @Test
    void aTemplateWithAnUnknownPlaceholder() throws IOException {
        edit("templates/fr.yml", "bon de réduction de {amount}", "bon de réduction de {amout}");

        loading().hasMessageStartingWith(template("fr") + ": offers.coupon: unknown placeholder {amout} (known: ");
    }

    @Test
    void aTemplateForAnUnknownOfferKind() throws IOException {
        edit("templates/es.yml", "  reship:", "  resend:");

        loading().hasMessageStartingWith(template("es") + ": offers.resend: unknown offer kind");
    }

    @Test
    void englishIsRequired() throws IOException {
        Files.delete(config.resolve("templates").resolve("en.yml"));

        loading().hasMessageStartingWith(template("en") + ": file not found");
    }

    @Test
    void aTemplateFileMustBeNamedAfterALanguage() throws IOException {
        Files.writeString(config.resolve("templates").resolve("spanish.yml"), "greeting: \"Hola\"\n");

        loading().hasMessage(config.resolve("templates").resolve("spanish.yml")
                + ": name the file after a language code, like de.yml");
    }

    @Test
    void aSingleValueWhereAListIsExpectedIsAListOfOne() throws IOException {
        edit("playbook.yml", "evidence: [listing-snapshot, order-chat]", "evidence: order-chat");

        assertThat(Playbook.load(config).quick(com.disputedesk.core.cases.Reason.CHANGED_MIND, null, null,
                java.time.LocalDate.of(2026, 3, 2), java.time.ZoneId.of("UTC")).evidence())
                .extracting(EvidenceItem::kind).containsExactly(com.disputedesk.core.cases.EvidenceKind.ORDER_CHAT);
    }

    @Test
    void aConditionOnAnUnknownCarrierStatus() throws IOException {
        edit("playbook.yml", "when: { carrier-status: [returned, lost, no-tracking] }",
                "when: { carrier-status: [returned, stolen] }");

        loading().hasMessageStartingWith(playbook() + ": reasons.customs-hold.ladder[2].when.carrier-status[1]:"
                + " unknown carrier status 'stolen'");
    }

    @Test
    void aMarketplaceCanPromiseItsOwnDeliveryTime() throws IOException {
        edit("playbook.yml", ALIEXPRESS_CLOCKS, "    promised-delivery-days: 10\n" + ALIEXPRESS_CLOCKS);
        var facts = Facts.of(com.disputedesk.core.cases.Reason.NOT_RECEIVED)
                .tracking("LP1", com.disputedesk.core.cases.CarrierStatus.IN_TRANSIT, 12).build();

        Suggestion s = Playbook.load(config).suggest(facts, java.time.ZoneId.of("UTC"));

        assertThat(s.offers()).extracting(Offer::kind).startsWith(OfferKind.CARRIER_INQUIRY);
        edit("playbook.yml", "promised-delivery-days: 10", "promised-delivery-days: 0");
        loading().hasMessage(playbook() + ": marketplaces[0].promised-delivery-days: must be between 1 and 365 days,"
                + " got 0");
    }

    @Test
    void anExtraLanguageFileBecomesABuyerLanguage() throws IOException {
        Files.copy(config.resolve("templates").resolve("en.yml"), config.resolve("templates").resolve("sk.yml"));

        assertThat(Playbook.load(config).buyerLanguages()).contains("sk");
    }

    @Test
    void anEmptyChineseWhyNamesTheRung() throws IOException {
        edit("playbook.yml", "zh: \"换成合适的尺码\"", "zh: \"  \"");

        loading().hasMessage(playbook() + ": reasons.wrong-size.ladder[3].why.zh: empty: write the text or leave the key"
                + " out");
    }

    @Test
    void anEmptyChineseMissedDeadlineTextNamesTheMarketplace() throws IOException {
        edit("playbook.yml", "zh: \"Allegro Protect 可能判买家胜诉\"", "zh: \"\"");

        loading().hasMessage(playbook() + ": marketplaces[2].clocks[0].on-missed.zh: empty: write the text or leave"
                + " the key out");
    }

    @Test
    void theChineseTextsMayBeLeftOut() throws IOException {
        edit("playbook.yml", "          zh: \"换成合适的尺码\"\n", "");

        assertThat(Playbook.load(config).marketplaces()).hasSize(8);
    }

    @Test
    void aPlainTextIsEnglishSoPlaybooksWrittenBeforeTextsHadLanguagesStillLoad() throws IOException {
        edit("playbook.yml", "        why:\n          en: \"Exchange for the right size\"\n          zh: \"换成合适的尺码\"\n",
                "        why: \"Exchange for the right size\"\n");

        Suggestion s = Playbook.load(config).quick(com.disputedesk.core.cases.Reason.WRONG_SIZE, null, null,
                java.time.LocalDate.of(2026, 3, 2), java.time.ZoneId.of("UTC"));

        Offer exchange = s.offers().stream().filter(o -> o.rule().equals("wrong-size.exchange")).findFirst()
                .orElseThrow();
        assertThat(exchange.why(UiLanguage.ZH)).isEqualTo("Exchange for the right size");
        assertThat(s.offers().get(0).why(UiLanguage.ZH)).containsPattern("\\p{IsHan}");
    }

    @Test
    void aTextInALanguageTheBotDoesNotSpeakNamesTheRung() throws IOException {
        edit("playbook.yml", "zh: \"换成合适的尺码\"", "ja: \"サイズ交換\"");

        loading().hasMessage(playbook() + ": reasons.wrong-size.ladder[3].why.ja: unknown language 'ja' (expected"
                + " one of: en, zh)");
    }

    @Test
    void aTextWithoutEnglishNamesTheMarketplace() throws IOException {
        edit("playbook.yml", "          en: \"Allegro Protect may decide the case for the buyer\"\n", "");

        loading().hasMessage(playbook() + ": marketplaces[2].clocks[0].on-missed: missing the text in 'en', which"
                + " every other language falls back to");
    }

    @Test
    void theOldChineseFieldSaysHowTextsAreWrittenNow() throws IOException {
        edit("playbook.yml", "          zh: \"换成合适的尺码\"\n", "        why-zh: \"换成合适的尺码\"\n");

        loading().hasMessage(playbook() + ": reasons.wrong-size.ladder[3].why-zh: write the languages inside the text:"
                + " why: {en: \"...\", zh: \"...\"}");
    }

    @Test
    void everyRungAndMarketplaceOfTheShippedPlaybookHasItsChineseText() {
        Raw.Playbook raw = new YamlReader().read(TestDesk.configDir().resolve("playbook.yml"), Raw.Playbook.class);

        assertThat(raw.marketplaces()).allSatisfy(m -> assertThat(m.clocks()).allSatisfy(c -> {
            assertThat(c.onMissed().path("zh").asText()).as("marketplace %s: clock %s on-missed.zh", m.id(), c.id())
                    .isNotBlank().containsPattern("\\p{IsHan}");
            assertThat(c.name().path("zh").asText()).as("marketplace %s: clock %s name.zh", m.id(), c.id())
                    .isNotBlank().containsPattern("\\p{IsHan}");
        }));
        raw.reasons().forEach((reason, entry) -> {
            for (int i = 0; i < entry.ladder().size(); i++) {
                assertThat(entry.ladder().get(i).why().path("zh").asText()).as("reasons.%s.ladder[%d].why.zh", reason, i)
                        .isNotBlank().containsPattern("\\p{IsHan}");
            }
        });
        assertThat(Playbook.load(TestDesk.configDir()).marketplaces())
                .allSatisfy(m -> assertThat(m.onMissedDeadline().writtenIn(UiLanguage.ZH)).isTrue());
    }
}
