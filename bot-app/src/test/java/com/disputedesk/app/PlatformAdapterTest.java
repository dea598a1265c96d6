package com.disputedesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.disputedesk.app.config.AppConfig;
import com.disputedesk.app.config.ConfigLoader;
import com.disputedesk.app.platform.PlatformAdapter;
import com.disputedesk.app.platform.Secrets;
import com.disputedesk.core.chat.Reply;
import com.disputedesk.core.testkit.MutableClock;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new platform joins the desk through one line in the composition root's list of platforms. */
class PlatformAdapterTest {
    @TempDir
    Path dir;

    private DeskApp desk(FixturePlatform fixture) {
        Map<String, String> env = Map.of(
                "DISPUTEDESK_STORAGE_SQLITE_FILE", dir.resolve("desk.db").toString(),
                "DISPUTEDESK_EVIDENCE_FOLDER", dir.resolve("evidence").toString());
        AppConfig config = ConfigLoader.load(Path.of("../config/disputedesk.yml"), env);
        List<PlatformAdapter.Opener> platforms = new ArrayList<>(DeskApp.PLATFORMS);
        platforms.add(parts -> Optional.of(fixture)); // the one line a new platform adds
        DeskApp app = new DeskApp(config, Secrets.from(env), new MutableClock(Instant.parse("2026-03-02T08:00:00Z")),
                platforms);
        app.assemble();
        return app;
    }

    @Test
    void aPluggedInPlatformReceivesTurnsAndDeliversTheReplies() {
        FixturePlatform fixture = new FixturePlatform();
        try (DeskApp app = desk(fixture)) {
            assertThat(app.startPlatforms()).as("the fixture is enabled, no token is set").isTrue();

            fixture.type("/new");
            assertThat(fixture.last().text()).contains("Which marketplace is the dispute on?");
            assertThat(fixture.last().choices()).extracting(c -> c.label()).contains("AliExpress");

            fixture.press("AliExpress");
            assertThat(fixture.last().text()).contains("What is the AliExpress order number?");

            fixture.type("123");
            assertThat(fixture.last().text()).contains("That is not a valid AliExpress order number");
        }
        assertThat(fixture.closed()).isTrue();
    }

    @Test
    void theDeskStillAnswersWhileAPlatformDrainsAtClose() {
        FixturePlatform fixture = new FixturePlatform();
        DeskApp app = desk(fixture);
        app.startPlatforms();
        fixture.queueForClose("/help");

        app.close();

        assertThat(fixture.closed()).isTrue();
        assertThat(fixture.replies()).extracting(Reply::text).anyMatch(t -> t.contains("/new"));
    }

    @Test
    void withNoPlatformEnabledNothingStartsAndTheConsoleIsTheChat() {
        Map<String, String> env = Map.of(
                "DISPUTEDESK_STORAGE_SQLITE_FILE", dir.resolve("desk.db").toString(),
                "DISPUTEDESK_EVIDENCE_FOLDER", dir.resolve("evidence").toString());
        AppConfig config = ConfigLoader.load(Path.of("../config/disputedesk.yml"), env);
        try (DeskApp app = new DeskApp(config, Secrets.from(env), new MutableClock(Instant.EPOCH))) {
            app.assemble();

            assertThat(app.startPlatforms()).isFalse();
        }
    }
}
