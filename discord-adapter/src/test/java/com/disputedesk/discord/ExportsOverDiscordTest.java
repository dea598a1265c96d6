package com.disputedesk.discord;

import static com.disputedesk.discord.DiscordHarness.ALICE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.core.cases.BuyerRequest;
import com.disputedesk.core.cases.CaseFacts;
import com.disputedesk.core.cases.DisputeCase;
import com.disputedesk.core.cases.NewCase;
import com.disputedesk.core.cases.Reason;
import com.disputedesk.core.cases.RequestKind;
import com.disputedesk.core.chat.ChatRef;
import com.disputedesk.core.chat.FileOffer;
import com.disputedesk.core.chat.Member;
import com.disputedesk.core.chat.Platform;
import com.disputedesk.core.kernel.Money;
import com.disputedesk.core.testkit.TestDesk;
import com.disputedesk.discord.fake.FakeDiscord;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Evidence packs and the /stats chart reach the Discord channel as attachments (multipart), within the server's
 * upload limit.
 */
class ExportsOverDiscordTest {
    @TempDir
    Path dir;
    private DeskOverDiscord wired;
    private DiscordChat chat;

    @BeforeEach
    void start() {
        wired = new DeskOverDiscord(dir);
        chat = new DiscordChat(wired.h, ALICE);
    }

    @AfterEach
    void stop() {
        wired.close();
    }

    private void caseWithEvidence(byte[]... evidence) throws Exception {
        Member alice = new Member(Platform.DISCORD, ALICE.userId(), ALICE.name());
        CaseFacts facts = new CaseFacts("aliexpress", "8100000000000001", "Ana", "es", Reason.WRONG_SIZE,
                BuyerRequest.of(RequestKind.FULL_REFUND), Money.of("40.00", "USD"), Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(), LocalDate.of(2026, 3, 2));
        DisputeCase c = wired.desk.stores().stores().cases().create(new NewCase(TestDesk.TEAM.id(), facts, alice,
                ChatRef.of(Platform.DISCORD, FakeDiscord.GUILD).inThread(FakeDiscord.CHANNEL),
                wired.desk.clock().instant()), List.of());
        for (int i = 0; i < evidence.length; i++) {
            byte[] bytes = evidence[i];
            wired.desk.stores().stores().evidence().store(c.id(), new FileOffer("label" + i + ".jpg", "image/jpeg",
                    bytes.length, () -> new ByteArrayInputStream(bytes)), wired.desk.clock().instant());
        }
    }

    /** The registered /export command, once the bot has registered its commands. */
    private List<JsonNode> registered() {
        List<JsonNode> out = new java.util.ArrayList<>();
        for (FakeDiscord.RestCall call : wired.h.fake.calls(c -> c.method().equals("PUT")
                && c.path().endsWith("/commands"))) {
            for (JsonNode command : call.body()) {
                if (command.path("name").asText().equals("export")) {
                    out.add(command);
                }
            }
        }
        return out;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    private static void assertManifestVerifies(Map<String, byte[]> pack) throws Exception {
        List<String> lines = new String(pack.get("manifest.sha256"), StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(pack.size() - 1);
        for (String line : lines) {
            byte[] file = pack.get(line.substring(66));
            assertThat(file).as(line).isNotNull();
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file)))
                    .isEqualTo(line.substring(0, 64));
        }
    }

    @Test
    void exportIsASlashCommandWhoseCaseAutocompletes() {
        await().atMost(DiscordHarness.WAIT).until(() -> !registered().isEmpty());
        JsonNode export = registered().get(0);
        JsonNode caseOption = null;
        for (JsonNode o : export.path("options")) {
            if (o.path("name").asText().equals("case")) {
                caseOption = o;
            }
        }
        assertThat(caseOption).isNotNull();
        assertThat(caseOption.path("autocomplete").asBoolean()).isTrue();
        assertThat(export.path("description_localizations").path("zh-CN").asText()).contains("证据包");
        assertThat(wired.h.adapter.outbox().maxFileBytes(ChatRef.of(Platform.DISCORD, FakeDiscord.GUILD)))
                .as("an unboosted server takes 10 MB").isEqualTo(10L * 1024 * 1024);
    }

    @Test
    void anEvidencePackIsAttachedToTheAnswer() throws Exception {
        byte[] photo = "a photo of the size label".getBytes(StandardCharsets.UTF_8);
        caseWithEvidence(photo);

        chat.slash(i -> i.slash("export", "case", "1")).expect("Evidence pack of case #1");

        await().atMost(DiscordHarness.WAIT).until(() -> wired.h.fake.uploads().size() == 1);
        FakeDiscord.Upload zip = wired.h.fake.uploads().get(0);
        assertThat(zip.fileName()).startsWith("case-1-evidence-").endsWith(".zip");
        Map<String, byte[]> pack = unzip(zip.bytes());
        assertThat(pack.get("evidence/01-label0.jpg")).isEqualTo(photo);
        assertManifestVerifies(pack);
    }

    @Test
    void theStatsChartIsAttachedAsAPng() throws Exception {
        caseWithEvidence(new byte[10]);

        chat.slash(i -> i.slash("stats")).expect("Chart of the last 30 days");

        await().atMost(DiscordHarness.WAIT).until(() -> wired.h.fake.uploads().size() == 1);
        FakeDiscord.Upload png = wired.h.fake.uploads().get(0);
        assertThat(png.fileName()).startsWith("stats-30d-").endsWith(".png");
        assertThat(png.bytes().length).isLessThan(10 * 1024 * 1024);
        assertThat(ImageIO.read(new ByteArrayInputStream(png.bytes()))).isNotNull();
    }

    @Test
    void aPackOverTheServersUploadLimitComesInPartsThatJoinIntoThePack() throws Exception {
        // evidence files are at most 1 MB here: twelve of them make a pack over the server's 10 MB
        Random random = new Random(11);
        byte[][] videos = new byte[12][];
        for (int i = 0; i < videos.length; i++) {
            videos[i] = new byte[950_000];
            random.nextBytes(videos[i]);
        }
        caseWithEvidence(videos);

        chat.slash(i -> i.slash("export", "case", "1")).expect("so it comes in 2 parts");

        await().atMost(DiscordHarness.WAIT).until(() -> wired.h.fake.uploads().size() == 2);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        for (FakeDiscord.Upload part : wired.h.fake.uploads()) {
            assertThat(part.bytes().length).isLessThanOrEqualTo(10 * 1024 * 1024);
            joined.write(part.bytes());
        }
        assertThat(wired.h.fake.uploads().get(1).fileName()).endsWith(".zip.002");
        Map<String, byte[]> pack = unzip(joined.toByteArray());
        for (int i = 0; i < videos.length; i++) {
            String suffix = "-label" + i + ".jpg";
            byte[] video = videos[i];
            assertThat(pack.entrySet()).filteredOn(e -> e.getKey().endsWith(suffix)).singleElement()
                    .satisfies(e -> assertThat(e.getValue()).isEqualTo(video));
        }
        assertManifestVerifies(pack);
    }
}
