package com.disputedesk.core.bot;

/**
 * A suggestion for an argument being typed: the label a member sees, and the value that is typed when it is
 * picked.
 */
public record Completion(String label, String value) {
}
