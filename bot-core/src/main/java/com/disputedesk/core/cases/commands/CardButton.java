package com.disputedesk.core.cases.commands;

import com.disputedesk.core.cases.BuyerAnswer;
import com.disputedesk.core.cases.Outcome;
import com.disputedesk.core.chat.Choice;
import com.disputedesk.core.kernel.Coded;
import java.util.Optional;

/**
 * The id of a case card's button, and of the lists those buttons open, written and parsed here and nowhere else.
 * Every id is "card:" + what the button does + ":" + the case number, then the value picked where there is one:
 * "card:cl:12" claims case 12, "card:o:12:3" sends offer 3 of its ladder, "card:c:12:partial-refund" closes it as a
 * partial refund. The case number is the team's own, so a button works only in the team whose chat shows it.
 */
sealed interface CardButton permits CardButton.Claim, CardButton.Unclaim, CardButton.Offers, CardButton.Offer,
        CardButton.Replied, CardButton.Answer, CardButton.Evidence, CardButton.Outcomes, CardButton.CloseAs {

    /** The prefix the router hands these buttons to {@link CardButtons} by. */
    String PREFIX = "card";
    /** The largest case number a button carries: far above any team's count of cases. */
    int MAX_CASE = 999_999_999;

    /** The case the button acts on. */
    int caseNumber();

    /** The id after {@link #PREFIX} and its colon. */
    String payload();

    /** The button's full id, as sent. */
    default String format() {
        return PREFIX + ":" + payload();
    }

    /** The button as a choice labelled {@code label}. */
    default Choice choice(String label) {
        return new Choice(format(), label);
    }

    /** Claims the case for the presser (/claim). */
    record Claim(int caseNumber) implements CardButton {
        public Claim {
            checkCase(caseNumber);
        }

        @Override
        public String payload() {
            return "cl:" + caseNumber;
        }
    }

    /** Takes the case off its owner (/unassign). */
    record Unclaim(int caseNumber) implements CardButton {
        public Unclaim {
            checkCase(caseNumber);
        }

        @Override
        public String payload() {
            return "uc:" + caseNumber;
        }
    }

    /** Opens the list of the case's ladder. */
    record Offers(int caseNumber) implements CardButton {
        public Offers {
            checkCase(caseNumber);
        }

        @Override
        public String payload() {
            return "of:" + caseNumber;
        }
    }

    /** Sends rung {@code rank} of the ladder (/offer). */
    record Offer(int caseNumber, int rank) implements CardButton {
        public Offer {
            checkCase(caseNumber);
            if (rank < 1 || rank > 99) {
                throw new IllegalArgumentException("no rung of a ladder: " + rank);
            }
        }

        @Override
        public String payload() {
            return "o:" + caseNumber + ":" + rank;
        }
    }

    /** Opens the buyer's possible answers to the pending offer. */
    record Replied(int caseNumber) implements CardButton {
        public Replied {
            checkCase(caseNumber);
        }

        @Override
        public String payload() {
            return "br:" + caseNumber;
        }
    }

    /** Records the buyer's answer (/reply); a counter first asks for its words. */
    record Answer(int caseNumber, BuyerAnswer answer) implements CardButton {
        public Answer {
            checkCase(caseNumber);
            if (answer == BuyerAnswer.CHANGED) {
                throw new IllegalArgumentException("a changed request is typed, not picked");
            }
        }

        @Override
        public String payload() {
            return "r:" + caseNumber + ":" + answer.code();
        }
    }

    /** Says how to send evidence for the case. */
    record Evidence(int caseNumber) implements CardButton {
        public Evidence {
            checkCase(caseNumber);
        }

        @Override
        public String payload() {
            return "ev:" + caseNumber;
        }
    }

    /** Opens the list of outcomes to close the case with. */
    record Outcomes(int caseNumber) implements CardButton {
        public Outcomes {
            checkCase(caseNumber);
        }

        @Override
        public String payload() {
            return "cs:" + caseNumber;
        }
    }

    /** Closes the case as {@code outcome} (/close); one that needs an amount first asks for it. */
    record CloseAs(int caseNumber, Outcome outcome) implements CardButton {
        public CloseAs {
            checkCase(caseNumber);
        }

        @Override
        public String payload() {
            return "c:" + caseNumber + ":" + outcome.code();
        }
    }

    /** The button an id after "card:" stands for, as the router hands it over; empty when not one of ours. */
    static Optional<CardButton> parsePayload(String payload) {
        String[] parts = payload.split(":", -1);
        if (parts.length < 2 || parts.length > 3 || !parts[1].matches("[1-9][0-9]{0,8}")) {
            return Optional.empty();
        }
        int number = Integer.parseInt(parts[1]);
        String what = parts[0];
        if (parts.length == 2) {
            return Optional.ofNullable(switch (what) {
                case "cl" -> new Claim(number);
                case "uc" -> new Unclaim(number);
                case "of" -> new Offers(number);
                case "br" -> new Replied(number);
                case "ev" -> new Evidence(number);
                case "cs" -> new Outcomes(number);
                default -> null;
            });
        }
        String value = parts[2];
        return switch (what) {
            case "o" -> value.matches("[1-9][0-9]?") ? Optional.of(new Offer(number, Integer.parseInt(value)))
                    : Optional.empty();
            case "r" -> Coded.parse(BuyerAnswer.class, value).filter(a -> a != BuyerAnswer.CHANGED)
                    .map(a -> new Answer(number, a));
            case "c" -> Coded.parse(Outcome.class, value).map(o -> new CloseAs(number, o));
            default -> Optional.empty();
        };
    }

    private static void checkCase(int number) {
        if (number < 1 || number > MAX_CASE) {
            throw new IllegalArgumentException("case number out of range: " + number);
        }
    }
}
