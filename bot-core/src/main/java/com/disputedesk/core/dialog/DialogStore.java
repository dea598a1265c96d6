package com.disputedesk.core.dialog;

import java.time.Instant;
import java.util.Optional;

/** Durable dialog state, written after every step so a restart resumes where the member was. */
public interface DialogStore {
    Optional<StoredDialog> load(String key);

    /** Inserts or replaces the dialog under its key. */
    void save(StoredDialog dialog);

    void delete(String key);

    /** Deletes dialogs not moved since {@code cutoff}; returns how many. */
    int deleteIdleSince(Instant cutoff);
}
