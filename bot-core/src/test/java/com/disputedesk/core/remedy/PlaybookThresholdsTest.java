package com.disputedesk.core.remedy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.remedy.Playbook.PlaybookException;
import com.disputedesk.core.testkit.ConfigFixture;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A marketplace's thresholds load from the playbook; a bad one stops the start with its field and what is wrong. */
class PlaybookThresholdsTest {
    /** Mercado Libre's threshold in the shipped playbook. */
    private static final String CLAIMS = "      - measure: late-claims\n        max-percent: 2\n"
            + "        verified: false\n";
    private static final String AT = "marketplaces[4].thresholds[0]";

    @TempDir
    Path config;

    private ConfigFixture fixture;

    @BeforeEach
    void copyShippedConfig() {
        fixture = ConfigFixture.copyOfShipped(config);
    }

    private org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> loading(String message) {
        return assertThatThrownBy(() -> Playbook.load(config)).isInstanceOf(PlaybookException.class)
                .hasMessage(config.resolve("playbook.yml") + ": " + message);
    }

    @Test
    void mercadoLibreShipsItsClaimsRateMarkedUnverifiedAndTheOthersNone() {
        Remedies remedies = Playbook.load(config);

        assertThat(remedies.marketplace("mercadolibre").orElseThrow().thresholds()).containsExactly(
                new Threshold(Threshold.Measure.LATE_CLAIMS, new BigDecimal("2"), false));
        assertThat(remedies.marketplace("aliexpress").orElseThrow().thresholds()).isEmpty();
    }

    @Test
    void anUnknownMeasureIsNamedWithTheKnownOnes() {
        fixture.edit("playbook.yml", CLAIMS, CLAIMS.replace("late-claims", "claims-rate"));

        loading(AT + ".measure: unknown measure 'claims-rate' (expected one of: late-claims, escalations-lost)");
    }

    @Test
    void aLimitOutsideZeroToAHundredIsRefused() {
        fixture.edit("playbook.yml", CLAIMS, CLAIMS.replace("max-percent: 2", "max-percent: 120"));

        loading(AT + ".max-percent: expected a percentage above 0 and at most 100, e.g. 2 or 1.5, got 120");
    }

    @Test
    void aMeasureGivenTwiceIsRefused() {
        fixture.edit("playbook.yml", CLAIMS, CLAIMS + CLAIMS);

        loading("marketplaces[4].thresholds[1].measure: 'late-claims' is given twice");
    }

    @Test
    void whetherASourceConfirmsTheLimitMustBeSaid() {
        fixture.edit("playbook.yml", CLAIMS, CLAIMS.replace("        verified: false\n", ""));

        loading(AT + ".verified: missing: true when a public source confirms the limit, else false");
    }
}
