package com.disputedesk.core.bot;

/**
 * Handles the buttons whose ids start with {@link #prefix()} and a colon ("dlg:3" goes to the handler with
 * prefix "dlg", with payload "3"). Prefixes keep each feature's ids apart and parsed in one place.
 */
public interface ChoiceHandler {
    String prefix();

    void handle(Turn turn, String payload);
}
