package com.disputedesk.core.testkit;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test with a fresh {@link TestDesk} of its own: a new SQLite file in a temp folder for every test, closed after
 * it. A subclass's own {@code @BeforeEach} runs after the desk is open.
 */
public abstract class DeskTest {
    @TempDir
    protected Path dir;
    protected TestDesk desk;

    @BeforeEach
    void openDesk() {
        desk = newDesk(dir);
    }

    /** The desk each test gets: over a SQLite file unless a subclass runs the same tests over another database. */
    protected TestDesk newDesk(Path folder) {
        return TestDesk.open(folder);
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }
}
