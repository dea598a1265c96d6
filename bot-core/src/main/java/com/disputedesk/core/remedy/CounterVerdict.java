package com.disputedesk.core.remedy;

import com.disputedesk.core.i18n.LocalText;
import com.disputedesk.core.kernel.Money;
import java.util.Optional;

/** What the playbook's rules say of a buyer's counter-offer asking an amount back. */
public sealed interface CounterVerdict {

    /** The reason's never-list forbids a partial refund (a counterfeit claim is not haggled over): why. */
    record Never(LocalText why) implements CounterVerdict {
    }

    /** The marketplace's policy allows no partial refund; {@code why} when the playbook says. */
    record Policy(String marketplace, Optional<LocalText> why) implements CounterVerdict {
    }

    /** The buyer asks more than the order amount: more than a full refund. */
    record AboveOrder(Money orderAmount) implements CounterVerdict {
    }

    /** The buyer asks more than the seller can bear ({@code cap}). */
    record AboveCap(Money cap) implements CounterVerdict {
    }

    /** Within what the seller can bear ({@code cap}): the counter may be accepted. */
    record Within(Money cap) implements CounterVerdict {
    }
}
