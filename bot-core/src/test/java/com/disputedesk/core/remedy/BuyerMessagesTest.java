package com.disputedesk.core.remedy;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.core.cases.CarrierStatus;
import com.disputedesk.core.cases.OfferKind;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.testkit.TestDesk;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Drafts for the buyer: in the buyer's language, English as a flagged fallback, never a forbidden phrasing. */
class BuyerMessagesTest {
    private static final ZoneId ZONE = ZoneId.of("Europe/Warsaw");
    /** Words each shipped language's draft must contain (its greeting and its apology). */
    private static final Map<String, List<String>> MARKERS = Map.ofEntries(
            Map.entry("cs", List.of("Dobrý den, Maria", "omlouváme")),
            Map.entry("ro", List.of("Bună ziua, Maria", "Ne pare foarte rău")),
            Map.entry("hu", List.of("Kedves Maria!", "sajnáljuk")),
            Map.entry("bg", List.of("Здравейте, Maria", "съжаляваме")),
            Map.entry("en", List.of("Hello Maria", "sorry")),
            Map.entry("es", List.of("Hola, Maria", "Lamentamos")),
            Map.entry("pt", List.of("Olá, Maria", "Lamentamos")),
            Map.entry("ru", List.of("Здравствуйте, Maria", "извинения")),
            Map.entry("fr", List.of("Bonjour Maria", "désolés")),
            Map.entry("pl", List.of("Dzień dobry, Maria", "przepraszamy")),
            Map.entry("de", List.of("Hallo Maria", "tut uns sehr leid")),
            Map.entry("nl", List.of("Beste Maria", "spijt")));
    /**
     * What a draft must never say: early receipt confirmation, feedback for a refund, another channel, or a
     * word about the dispute itself (so it cannot ask the buyer to close or drop it). Matched at the start of
     * a word ("avis" is forbidden, "ravis" is not).
     */
    private static final List<String> FORBIDDEN_EVERYWHERE = List.of("whatsapp", "telegram", "wechat", "viber",
            "skype", "http", "www.", "@", "e-mail", "email", "★", "5 star", "five star", "feedback");
    private static final Map<String, List<String>> FORBIDDEN = Map.ofEntries(
            Map.entry("cs", List.of("potvrd", "hodnocen", "recenz", "spor", "telefon", "zruš", "stáhn")),
            Map.entry("ro", List.of("confirm", "recenzi", "evaluar", "disput", "litigiu", "telefon", "anul")),
            Map.entry("hu", List.of("megerősít", "visszaigazol", "értékel", "vélemény", "vita", "telefon",
                    "visszavon")),
            Map.entry("bg", List.of("потвърд", "отзив", "оценк", "спор", "телефон", "отмен", "оттегл")),
            Map.entry("en", List.of("confirm", "receipt", "review", "rating", "dispute", "phone", "withdraw", "cancel")),
            Map.entry("es", List.of("confirm", "valoraci", "reseña", "opinión", "disputa", "teléfono", "cancel")),
            Map.entry("pt", List.of("confirm", "avalia", "disputa", "telefone", "cancel")),
            Map.entry("ru", List.of("подтверд", "отзыв", "оценк", "спор", "телефон", "отмен")),
            Map.entry("fr", List.of("confirm", "avis", "évaluation", "litige", "téléphone", "annul")),
            Map.entry("pl", List.of("potwierd", "opini", "ocen", "spór", "spor", "telefon", "anul")),
            Map.entry("de", List.of("bestätig", "bewertung", "rezension", "streitfall", "telefon", "storn", "zurückzieh")),
            Map.entry("nl", List.of("bevestig", "beoordel", "recensie", "geschil", "telefoon", "annuleer", "intrekken")));

    private final Remedies remedies = TestDesk.remedies();

    static List<String> languages() {
        return TestDesk.remedies().buyerLanguages();
    }

    @Test
    void theRequiredLanguagesAreShippedWithEnglishFirst() {
        assertThat(remedies.buyerLanguages()).startsWith("en")
                .contains("en", "es", "pt", "ru", "fr", "pl", "de", "nl", "cs", "ro", "hu", "bg");
        assertThat(MARKERS.keySet()).containsExactlyInAnyOrderElementsOf(remedies.buyerLanguages());
    }

    @ParameterizedTest
    @MethodSource("languages")
    void aDraftIsWrittenInTheBuyersLanguageWithTheOrderFactsAndThePartialRefundBreakdown(String lang) {
        Suggestion s = remedies.suggest(Facts.of(Reason.WRONG_SIZE).language(lang).paid("80.00", "EUR").build(),
                ZONE);

        BuyerMessage draft = s.draft();
        assertThat(draft.language()).isEqualTo(lang);
        assertThat(draft.fallback()).isFalse();
        assertThat(draft.text()).contains(MARKERS.get(lang)).contains("8181234567890123");
        // 15 % of 80.00 = 12.00 refunded, 68.00 paid in the end, in the buyer's number format
        assertThat(draft.text()).contains(DraftWriter.format(Money.of("80.00", "EUR"), lang),
                DraftWriter.format(Money.of("12.00", "EUR"), lang), DraftWriter.format(Money.of("68.00", "EUR"), lang));
        assertThat(draft.text()).as("every placeholder filled").doesNotContain("{", "}");
    }

    @Test
    void amountsFollowTheBuyersNumberFormat() {
        String de = remedies.suggest(Facts.of(Reason.WRONG_SIZE).language("de").build(), ZONE).draft().text();
        String en = remedies.suggest(Facts.of(Reason.WRONG_SIZE).language("en").build(), ZONE).draft().text();

        assertThat(de).contains("Wir können Ihnen 15,00 USD erstatten").contains("Bestellbetrag: 100,00 USD")
                .contains("insgesamt: 85,00 USD");
        assertThat(en).contains("We can refund you 15.00 USD").contains("Order amount: 100.00 USD");
    }

    @Test
    void theDraftStatesTheTrackingNumberWhenThereIsOne() {
        String text = remedies.suggest(Facts.of(Reason.NOT_RECEIVED).language("fr")
                .tracking("LP00998877CN", CarrierStatus.IN_TRANSIT, 9).build(), ZONE).draft().text();

        assertThat(text).contains("Le numéro de suivi de votre colis est LP00998877CN.");
        assertThat(text).contains("toujours en route");
    }

    @Test
    void anUnknownBuyerLanguageFallsBackToEnglishWithTheFlagSet() {
        BuyerMessage draft = remedies.suggest(Facts.of(Reason.WRONG_SIZE).language("ja").build(), ZONE).draft();

        assertThat(draft.fallback()).isTrue();
        assertThat(draft.language()).isEqualTo("en");
        assertThat(draft.text()).startsWith("Hello Maria,");
        assertThat(remedies.template(Reason.WRONG_SIZE, "ja").fallback()).isTrue();
    }

    @Test
    void aRegionalLanguageTagUsesItsLanguage() {
        BuyerMessage draft = remedies.suggest(Facts.of(Reason.WRONG_SIZE).language("es-MX").build(), ZONE).draft();

        assertThat(draft.language()).isEqualTo("es");
        assertThat(draft.fallback()).isFalse();
    }

    @Test
    void withTwoOptionsTheDraftAsksWhichTheBuyerPrefersAndNeverPutsAFullRefundForward() {
        String text = remedies.suggest(Facts.of(Reason.WRONG_SIZE).build(), ZONE).draft().text();

        assertThat(text).contains("We can refund you 15.00 USD and you keep the item")
                .contains("If you prefer, we can also do this instead:\nAs an apology, we would like to give you a"
                        + " coupon worth 10.00 USD")
                .contains("which option you prefer")
                .doesNotContain("full amount");
        assertThat(text.indexOf("Hello")).isLessThan(text.indexOf("sorry"));
        assertThat(text).endsWith("Kind regards,\nCustomer service");
    }

    @Test
    void aDraftWithoutABuyerNameGreetsWithoutOneAndANameIsNeverReadAsAPlaceholder() {
        String nameless = remedies.suggest(Facts.of(Reason.WRONG_ITEM).buyer(" ").build(), ZONE).draft().text();
        String tricky = remedies.suggest(Facts.of(Reason.WRONG_ITEM).buyer("{order}").build(), ZONE).draft().text();

        assertThat(nameless).startsWith("Hello,\n");
        assertThat(tricky).startsWith("Hello {order},");
    }

    @Test
    void afterARefusalTheDraftProposesTheNextOffer() {
        var facts = Facts.of(Reason.WRONG_SIZE).language("pl").paid("120.00", "PLN").build();
        Suggestion s = remedies.suggest(facts, ZONE);

        assertThat(s.next(1)).map(Offer::kind).contains(OfferKind.COUPON);
        assertThat(s.next(s.offers().size())).isEmpty();
        String second = remedies.draft(facts, 2).text();
        assertThat(second).contains("kupon o wartości 12,00 PLN")
                .contains("Jeśli wolisz, możemy też zaproponować:\nMożemy wymienić produkt")
                .doesNotContain("Możemy zwrócić Ci");
        assertThat(remedies.draft(facts, 1).text()).isEqualTo(s.draft().text());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> remedies.draft(facts, 9))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("offer 9");
    }

    @ParameterizedTest
    @MethodSource("languages")
    void templatesLeaveThePlaceholdersVisibleForTheTeam(String lang) {
        BuyerMessage sizes = remedies.template(Reason.WRONG_SIZE, lang);
        BuyerMessage parcel = remedies.template(Reason.NOT_RECEIVED, lang);

        assertThat(sizes.language()).isEqualTo(lang);
        assertThat(sizes.fallback()).isFalse();
        assertThat(sizes.text()).contains("{buyer}", "{order}", "{amount}", "{order-amount}", "{net}")
                .doesNotContain("{tracking}", "{breakdown}");
        assertThat(parcel.text()).contains("{tracking}");
        for (Reason reason : Reason.values()) {
            assertThat(placeholders(remedies.template(reason, lang).text()))
                    .isSubsetOf(TemplateCompiler.PLACEHOLDERS);
        }
    }

    @ParameterizedTest
    @MethodSource("languages")
    void noDraftInAnyLanguageUsesAForbiddenPhrasing(String lang) {
        List<String> texts = new ArrayList<>();
        Map<String, TemplateSet> sets = new TemplateCompiler(new YamlReader())
                .load(TestDesk.configDir().resolve("templates"));
        for (OfferKind kind : OfferKind.values()) {
            Offer offer = new Offer(1, kind, Optional.of(Money.of("10.00", "USD")), "test." + kind.code(), "test");
            texts.add(DraftWriter.write(sets.get(lang), lang, List.of(offer), new DraftWriter.Fill(Optional.of("Maria"),
                    Optional.of("8181234567890123"), Optional.of("LP1"), Optional.of(Money.of("50.00", "USD")), true,
                    false)));
        }
        for (Reason reason : Reason.values()) {
            texts.add(remedies.template(reason, lang).text());
            texts.add(remedies.suggest(Facts.of(reason).language(lang).asksPartial("5.00", "USD")
                    .tracking("LP1", CarrierStatus.DELIVERED, 4).build(), ZONE).draft().text());
        }
        List<String> forbidden = new ArrayList<>(FORBIDDEN_EVERYWHERE);
        forbidden.addAll(FORBIDDEN.get(lang));
        for (String text : texts) {
            String lower = text.toLowerCase(Locale.ROOT);
            assertThat(forbidden).as("forbidden phrasing in:%n%s", text)
                    .noneMatch(f -> java.util.regex.Pattern.compile("(?<!\\p{L})" + java.util.regex.Pattern.quote(f))
                            .matcher(lower).find());
        }
    }

    private static List<String> placeholders(String text) {
        Matcher m = TemplateCompiler.PLACEHOLDER.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
