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
        desk = TestDesk.open(dir);
    }

    @AfterEach
    void closeDesk() {
        desk.close();
    }
}
