package com.disputedesk.core.remedy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.remedy.Playbook.PlaybookException;
import com.disputedesk.core.testkit.ConfigFixture;
import java.nio.file.Path;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The offer rules in the playbook are checked at start: a mistake names the file, the field and what is wrong. */
class OfferRulesValidationTest {
    @TempDir
    Path config;

    private ConfigFixture fixture;

    @BeforeEach
    void copyShippedConfig() {
        fixture = ConfigFixture.copyOfShipped(config);
    }

    private String playbook() {
        return config.resolve("playbook.yml").toString();
    }

    private AbstractThrowableAssert<?, ? extends Throwable> loading() {
        return assertThatThrownBy(() -> Playbook.load(config)).isInstanceOf(PlaybookException.class);
    }

    @Test
    void anUnknownOfferInANeverListNamesTheValidOnes() {
        fixture.edit("playbook.yml", "      - offers: [full-refund, partial-refund]\n",
                "      - offers: [full-refund, partial-refnd]\n");

        loading().hasMessageStartingWith(playbook() + ": reasons.changed-mind.never[0].offers[1]: unknown offer kind"
                + " 'partial-refnd' (expected one of: share-proof");
    }

    @Test
    void aNeverListEntryNeedsItsWhy() {
        fixture.edit("playbook.yml", "      - offers: [return-refund]\n        why:\n          en: \"do not demand the"
                + " item back on a counterfeit claim: a drawn-out case looks like guilt\"\n          zh: \"假货投诉不要求退回商品："
                + "拖延只会显得心虚\"\n", "      - offers: [return-refund]\n");

        loading().hasMessage(playbook() + ": reasons.counterfeit-claim.never[1].why: missing");
    }

    @Test
    void aReasonCannotForbidBothAFullRefundAndAReturn() {
        fixture.edit("playbook.yml", "      - offers: [full-refund, partial-refund]\n",
                "      - offers: [full-refund, partial-refund, return-refund]\n");

        loading().hasMessage(playbook() + ": reasons.changed-mind.never: full-refund and return-refund cannot both be"
                + " forbidden: the ladder needs one of them as its last resort");
    }

    @Test
    void aReasonThatNeverGetsAFullRefundEndsWithAReturn() {
        fixture.edit("playbook.yml", "          zh: \"按店铺的退货政策办理退货；收到退回的商品后再退款\"\n",
                "          zh: \"按店铺的退货政策办理退货；收到退回的商品后再退款\"\n      - offer: full-refund\n"
                        + "        why: \"Last resort\"\n");

        loading().hasMessage(playbook() + ": reasons.changed-mind.ladder[1]: the last rung must be a return-refund"
                + " without conditions (the last resort, as the reason's never-list forbids full-refund), got"
                + " full-refund");
    }

    @Test
    void aMarketplaceCannotForbidTheOnlyWayOutOfAReason() {
        fixture.edit("playbook.yml", "      forbidden-offers: [send-part, exchange, reship]\n",
                "      forbidden-offers: [send-part, exchange, reship, return-refund]\n");

        loading().hasMessage(playbook() + ": marketplaces[4].policy.forbidden-offers: return-refund is the last resort"
                + " of reason 'changed-mind' (its never-list forbids full-refund), so mercadolibre cannot forbid it");
    }

    @Test
    void theLostThresholdIsADayCountWithinAYear() {
        fixture.edit("playbook.yml", "  lost-after-silent-days: 20\n", "  lost-after-silent-days: 0\n");

        loading().hasMessage(playbook() + ": shipping.lost-after-silent-days: must be between 1 and 365 days, got 0");
    }

    @Test
    void aPolicyReasonIsATextForTheTeam() {
        fixture.edit("playbook.yml", "        en: \"Amazon forbids coupon codes in messages to buyers\"\n",
                "        fr: \"Amazon interdit les codes promo\"\n");

        loading().hasMessageStartingWith(playbook() + ": marketplaces[7].policy.why.fr: unknown language 'fr'");
    }
}
