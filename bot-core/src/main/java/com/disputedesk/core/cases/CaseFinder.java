package com.disputedesk.core.cases;

import java.util.Optional;

/**
 * Finds a team's case from what a member typed: "12", "#12" or an order id. A short number is a case number
 * first; when no case has it, it is tried as an order id (some marketplaces use short order ids).
 */
public final class CaseFinder {
    /** Case numbers members type stay well below this many digits; longer digit strings are order ids. */
    private static final int MAX_NUMBER_DIGITS = 9;
    private static final int MAX_REF_LENGTH = 64;

    private final CaseStore store;

    public CaseFinder(CaseStore store) {
        this.store = store;
    }

    /** The case {@code ref} names in {@code team}, or empty when none does or the text cannot be a reference. */
    public Optional<DisputeCase> find(String team, String ref) {
        String r = ref.strip();
        if (r.isEmpty() || r.length() > MAX_REF_LENGTH || r.chars().anyMatch(Character::isWhitespace)) {
            return Optional.empty();
        }
        if (r.startsWith("#")) {
            return number(r.substring(1)).flatMap(n -> store.byNumber(team, n));
        }
        Optional<DisputeCase> byNumber = number(r).flatMap(n -> store.byNumber(team, n));
        return byNumber.isPresent() ? byNumber : store.byOrderId(team, r);
    }

    private static Optional<CaseNumber> number(String digits) {
        if (digits.isEmpty() || digits.length() > MAX_NUMBER_DIGITS || !digits.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int n = Integer.parseInt(digits);
        return n < 1 ? Optional.empty() : Optional.of(new CaseNumber(n));
    }
}
