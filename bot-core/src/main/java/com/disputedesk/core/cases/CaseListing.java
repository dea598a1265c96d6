package com.disputedesk.core.cases;

import java.time.Instant;
import java.util.Objects;

/** Which of a team's cases a list shows, in which order. */
public sealed interface CaseListing {

    /** Every case not closed, most urgent first. */
    record Open() implements CaseListing {
    }

    /** Cases waiting for the buyer, most urgent first. */
    record Awaiting() implements CaseListing {
    }

    /** Cases not closed whose deadline passed before {@code now}, the longest overdue first. */
    record Overdue(Instant now) implements CaseListing {
        public Overdue {
            Objects.requireNonNull(now, "now");
        }
    }

    /** Cases not closed owned by the member with key {@code ownerKey}, most urgent first. */
    record Mine(String ownerKey) implements CaseListing {
        public Mine {
            Objects.requireNonNull(ownerKey, "ownerKey");
        }
    }

    /** Cases closed at or after {@code from} and before {@code until}, the latest closed first. */
    record Closed(Instant from, Instant until) implements CaseListing {
        public Closed {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(until, "until");
        }
    }
}
