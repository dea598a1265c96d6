package com.disputedesk.core.dialog;

/**
 * One answer a choice step offers.
 *
 * @param value the canonical value stored when it is picked (a code: "aliexpress", "not-received")
 * @param label what the member sees, in the team's language
 */
public record Option(String value, String label) {
}
