package com.disputedesk.telegram;

import static com.disputedesk.telegram.MiniDesk.GROUP;
import static com.disputedesk.telegram.MiniDesk.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.telegram.fake.FakeBotApi;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photos and documents sent as evidence reach the core as attachments downloaded through getFile. */
class EvidenceTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path dir;
    Harness h;
    FakeBotApi fake;
    MiniDesk desk;

    @BeforeEach
    void setUp() {
        h = new Harness(dir);
        fake = h.fake;
        desk = h.startMini();
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    @Test
    void aPhotoCaptionedWithTheCaseIsDownloadedAndHashed() throws Exception {
        byte[] bytes = new byte[300_000];
        new Random(7).nextBytes(bytes);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));

        fake.photo(GROUP, MEMBER, "Ann", bytes, "/evidence 12", null);

        await().atMost(WAIT).until(() -> fake.sentTo(GROUP).size() == 1);
        assertThat(fake.textsTo(GROUP).get(0)).contains("for case 12").contains("sha256 " + sha);
        assertThat(desk.evidence).containsEntry(sha, 300_000L);
        // The largest size of the photo was fetched, through the configured server.
        assertThat(fake.calls("getFile").get(0).body().path("file_id").asText()).doesNotEndWith("-small");
        assertThat(fake.calls("download")).hasSize(1);
    }

    @Test
    void aPhotoSentAsAReplyToACaseMessageGoesToThatCase() {
        fake.text(GROUP, MEMBER, "Ann", "/name Bob");
        await().atMost(WAIT).until(() -> fake.sentTo(GROUP).size() == 1);

        fake.photo(GROUP, MEMBER, "Ann", new byte[] {1, 2, 3}, null, fake.lastMessageTo(GROUP));

        await().atMost(WAIT).until(() -> fake.sentTo(GROUP).size() == 2);
        assertThat(fake.textsTo(GROUP).get(1)).contains("for case 7");
    }

    @Test
    void anOversizedFileIsRefusedWithoutDownloadingIt() {
        fake.document(GROUP, MEMBER, "Ann", "video.pdf", new byte[10], 5_000_000, "/evidence 12");

        await().atMost(WAIT).until(() -> fake.sentTo(GROUP).size() == 1);
        assertThat(fake.textsTo(GROUP).get(0)).contains("Refused: video.pdf is over the 1 MB limit");
        assertThat(fake.calls("getFile")).isEmpty();
        assertThat(fake.calls("download")).isEmpty();
        assertThat(desk.evidence).isEmpty();
    }
}
