package com.disputedesk.core.remedy;

import com.disputedesk.core.kernel.Coded;
import java.math.BigDecimal;

/**
 * A rate a marketplace holds its sellers to, as the playbook gives it (e.g. Mercado Libre's claims rate), and
 * which figure of the team's own cases /stats shows beside it.
 *
 * @param measure    what is counted
 * @param maxPercent the marketplace's limit, in percent
 * @param verified   false when no public source confirms the limit
 */
public record Threshold(Measure measure, BigDecimal maxPercent, boolean verified) {

    /**
     * What a threshold counts. The marketplace divides by its own total (orders sold, for a claims rate), which the
     * bot does not know: the team's rate is taken over its dispute cases, so the marketplace's rate over orders is
     * never higher than the one shown.
     */
    public enum Measure implements Coded {
        /** Cases whose response deadline passed before the first offer, of the cases opened. */
        LATE_CLAIMS("late-claims"),
        /** Escalations lost, of the cases closed. */
        ESCALATIONS_LOST("escalations-lost");

        private final String code;

        Measure(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }
}
