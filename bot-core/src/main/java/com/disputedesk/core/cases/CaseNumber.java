package com.disputedesk.core.cases;

/** A case's number within its team: #1, #2, ... */
public record CaseNumber(int value) {
    public CaseNumber {
        if (value < 1) {
            throw new IllegalArgumentException("case numbers start at 1");
        }
    }

    @Override
    public String toString() {
        return "#" + value;
    }
}
