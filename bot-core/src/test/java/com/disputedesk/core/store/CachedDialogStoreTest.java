package com.disputedesk.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.disputedesk.core.dialog.DialogStore;
import com.disputedesk.core.dialog.StoredDialog;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dialog cache is written through and never holds a state the database does not. */
class CachedDialogStoreTest {
    private static final Instant T0 = Instant.parse("2026-03-02T08:00:00Z");

    /** A database stand-in that counts reads and can be made to fail writes. */
    private static final class FakeDatabase implements DialogStore {
        final Map<String, StoredDialog> rows = new HashMap<>();
        int loads;
        boolean failWrites;

        @Override
        public Optional<StoredDialog> load(String key) {
            loads++;
            return Optional.ofNullable(rows.get(key));
        }

        @Override
        public void save(StoredDialog dialog) {
            if (failWrites) {
                throw new StoreException("disk full", null);
            }
            rows.put(dialog.key(), dialog);
        }

        @Override
        public void delete(String key) {
            if (failWrites) {
                throw new StoreException("disk full", null);
            }
            rows.remove(key);
        }

        @Override
        public int deleteIdleSince(Instant cutoff) {
            int before = rows.size();
            rows.values().removeIf(d -> d.updatedAt().isBefore(cutoff));
            return before - rows.size();
        }
    }

    private final FakeDatabase database = new FakeDatabase();
    private final CachedDialogStore cached = new CachedDialogStore(database, 100, Duration.ofMinutes(5));

    @Test
    void savesToTheDatabaseAndServesRepeatedLoadsFromMemory() {
        StoredDialog d = new StoredDialog("k", "intake", "{\"step\":2}", T0);
        cached.save(d);

        assertThat(database.rows).containsEntry("k", d);
        assertThat(cached.load("k")).contains(d);
        assertThat(cached.load("k")).contains(d);
        assertThat(database.loads).isZero();
    }

    @Test
    void aFailedSaveLeavesTheDatabaseStateVisible() {
        StoredDialog before = new StoredDialog("k", "intake", "{\"step\":1}", T0);
        cached.save(before);
        database.failWrites = true;

        assertThatThrownBy(() -> cached.save(new StoredDialog("k", "intake", "{\"step\":2}", T0)))
                .hasMessage("disk full");
        assertThat(cached.load("k")).contains(before);
    }

    @Test
    void aMissIsNotRemembered() {
        assertThat(cached.load("k")).isEmpty();
        database.rows.put("k", new StoredDialog("k", "intake", "{}", T0));

        assertThat(cached.load("k")).isPresent();
    }

    @Test
    void deletedAndExpiredDialogsLeaveTheCache() {
        cached.save(new StoredDialog("gone", "intake", "{}", T0));
        cached.save(new StoredDialog("idle", "intake", "{}", T0));
        cached.save(new StoredDialog("fresh", "intake", "{}", T0.plusSeconds(7_200)));

        cached.delete("gone");
        int expired = cached.deleteIdleSince(T0.plusSeconds(3_600));

        assertThat(expired).isEqualTo(1);
        assertThat(cached.load("gone")).isEmpty();
        assertThat(cached.load("idle")).isEmpty();
        assertThat(cached.load("fresh")).isPresent();
    }
}
