package com.disputedesk.core.dialog;

import java.time.Instant;

/**
 * A dialog's state as the store keeps it.
 *
 * @param key       {@link DialogKey#key()}
 * @param dialogId  which dialog ("intake")
 * @param state     the dialog's serialised state (JSON), opaque to the store
 * @param updatedAt when the member last moved it; abandoned dialogs expire from here
 */
public record StoredDialog(String key, String dialogId, String state, Instant updatedAt) {
}
