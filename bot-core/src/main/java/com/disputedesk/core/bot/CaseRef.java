package com.disputedesk.core.bot;

/**
 * A case as a member named it: "12", "#12" or an order id. Only its shape is checked while parsing; which case it
 * names is up to the one case finder, in the member's team.
 */
public record CaseRef(String typed) {
    /** Longer text is no reference (order ids stay well below). */
    static final int MAX_LENGTH = 64;

    /** "12" shows as "#12"; "#12" and order ids as typed. */
    public String shown() {
        return typed.chars().allMatch(Character::isDigit) ? "#" + typed : typed;
    }
}
