package com.disputedesk.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Amounts as members type them, and the bounds every amount has. */
class MoneyParserTest {
    private static MoneyReading read(String text) {
        return MoneyParser.read(text, Optional.empty());
    }

    private static MoneyReading.Problem problem(String text) {
        return ((MoneyReading.Refused) read(text)).problem();
    }

    @Test
    void amountsAreReadAsBefore() {
        assertThat(MoneyParser.money("25.90 USD", Optional.empty())).contains(Money.of("25.90", "USD"));
        assertThat(MoneyParser.money("usd 12,5", Optional.empty())).contains(Money.of("12.50", "USD"));
        assertThat(MoneyParser.money("3000 JPY", Optional.empty())).contains(Money.of("3000", "JPY"));
        assertThat(MoneyParser.money("12.5", Optional.of(Currency.getInstance("EUR"))))
                .contains(Money.of("12.50", "EUR"));
        assertThat(MoneyParser.money("1.250 KWD", Optional.empty())).contains(Money.of("1.250", "KWD"));
    }

    @Test
    void nonCurrencyCodesAreRefusedWithTheirReason() {
        for (String code : new String[] {"XXX", "XTS", "XAU", "XAG", "XDR", "XPT", "CHE", "DEM"}) {
            assertThat(problem("10 " + code)).as(code).isEqualTo(MoneyReading.Problem.NOT_A_CURRENCY);
            assertThat(MoneyParser.currency(code)).as(code).isEmpty();
        }
        assertThat(problem("10 QQQ")).isEqualTo(MoneyReading.Problem.UNKNOWN_CURRENCY);
        assertThat(MoneyParser.money("10 XOF", Optional.empty())).contains(Money.of("10", "XOF"));
        assertThat(problem("10")).isEqualTo(MoneyReading.Problem.NO_CURRENCY);
    }

    @Test
    void hugeAmountsAreRefused() {
        assertThat(problem("1".repeat(2000) + " USD")).isEqualTo(MoneyReading.Problem.TOO_LARGE);
        assertThat(problem("1000000000000 USD")).isEqualTo(MoneyReading.Problem.TOO_LARGE);
        assertThat(MoneyParser.money("999999999999.99 USD", Optional.empty()))
                .contains(Money.of("999999999999.99", "USD"));
        assertThat(MoneyParser.amount("9".repeat(13))).isEmpty();
    }

    @Test
    void decimalsBeyondTheMinorUnitAreRefusedNotRounded() {
        MoneyReading jpy = read("30.5 JPY");
        assertThat(jpy).isEqualTo(new MoneyReading.Refused(MoneyReading.Problem.TOO_PRECISE,
                Optional.of(Currency.getInstance("JPY"))));
        assertThat(problem("1.234 USD")).isEqualTo(MoneyReading.Problem.TOO_PRECISE);
        assertThat(MoneyParser.money("30.5", Optional.of(Currency.getInstance("JPY")))).isEmpty();
    }

    @Test
    void textThatIsNoAmountIsRefused() {
        assertThat(problem("ten dollars")).isEqualTo(MoneyReading.Problem.NOT_AN_AMOUNT);
        assertThat(problem("-5 USD")).isEqualTo(MoneyReading.Problem.NOT_AN_AMOUNT);
        assertThat(problem("")).isEqualTo(MoneyReading.Problem.NOT_AN_AMOUNT);
    }
}
