package com.disputedesk.telegram;

import static com.disputedesk.telegram.MiniDesk.GROUP;
import static com.disputedesk.telegram.MiniDesk.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.disputedesk.core.store.JdbcDeliveryLedger;
import com.disputedesk.core.store.JdbcLease;
import com.disputedesk.core.store.JdbcStores;
import com.disputedesk.core.testkit.TestPostgres;
import com.disputedesk.telegram.fake.FakeBotApi;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhook mode with two bot processes behind one load balancer on one PostgreSQL database: Telegram's posts reach
 * either process, yet each update is handled once and a chat's updates run one after another.
 */
class WebhookBehindLoadBalancerTest {
    private static final String SECRET = "s3cret_webhook-token";
    private static final Duration WAIT = Duration.ofSeconds(20);

    @TempDir
    Path dir;
    private final FakeBotApi fake = new FakeBotApi();
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> handled = new CopyOnWriteArrayList<>();
    private final CountDownLatch slowGate = new CountDownLatch(1);
    private final List<TelegramAdapter> processes = new ArrayList<>();
    private JdbcStores db;
    private URI first;
    private URI second;

    @BeforeEach
    void start() {
        db = TestPostgres.open(TestPostgres.newDatabase("webhook"), dir.resolve("evidence"), 1000);
        first = startProcess();
        second = startProcess();
    }

    @AfterEach
    void stop() {
        slowGate.countDown();
        processes.forEach(TelegramAdapter::close);
        fake.close();
        db.close();
    }

    @Test
    void anUpdateTelegramPostsToBothProcessesIsHandledOnce() throws Exception {
        String update = fake.webhookUpdate(GROUP, MEMBER, "Ann", "/seq retried");

        CompletableFuture<Integer> toFirst = postAsync(first, update);
        CompletableFuture<Integer> toSecond = postAsync(second, update);

        assertThat(toFirst.get()).isEqualTo(200);
        assertThat(toSecond.get()).isEqualTo(200);
        await().atMost(WAIT).until(() -> fake.textsTo(GROUP).contains("seq retried"));
        assertThat(handled).containsExactly("seq retried");
        assertThat(post(second, fake.webhookUpdate(GROUP, MEMBER, "Ann", "/seq next"))).isEqualTo(200);
        await().atMost(WAIT).until(() -> fake.textsTo(GROUP).contains("seq next"));
        assertThat(fake.textsTo(GROUP)).containsExactly("seq retried", "seq next");
    }

    @Test
    void aChatsNextUpdateAtTheOtherProcessWaitsUntilTheFirstIsHandled() throws Exception {
        CompletableFuture<Integer> slow = postAsync(first, fake.webhookUpdate(GROUP, MEMBER, "Ann", "/slow 1"));
        await().atMost(WAIT).until(() -> handled.contains("start 1"));

        CompletableFuture<Integer> next = postAsync(second, fake.webhookUpdate(GROUP, MEMBER, "Ann", "/seq 2"));
        // The second process holds the update back while the first still handles the chat's earlier one.
        await().during(Duration.ofMillis(500)).atMost(WAIT).until(() -> !handled.contains("seq 2"));
        slowGate.countDown();

        assertThat(slow.get()).isEqualTo(200);
        assertThat(next.get()).isEqualTo(200);
        assertThat(handled).containsExactly("start 1", "end 1", "seq 2");
    }

    @Test
    void differentChatsAreHandledAtOnceByTheTwoProcesses() throws Exception {
        CompletableFuture<Integer> slow = postAsync(first, fake.webhookUpdate(GROUP, MEMBER, "Ann", "/slow 1"));
        await().atMost(WAIT).until(() -> handled.contains("start 1"));

        assertThat(post(second, fake.webhookUpdate(-2001, MEMBER, "Ann", "/seq private"))).isEqualTo(200);
        assertThat(handled).containsExactly("start 1", "seq private");
        slowGate.countDown();
        assertThat(slow.get()).isEqualTo(200);
    }

    private URI startProcess() {
        TelegramSettings settings = TelegramSettings.polling(FakeBotApi.TOKEN, fake.baseUrl())
                .withRetry(new TelegramSettings.Retry(6, Duration.ofMillis(100), Duration.ofSeconds(2), 3,
                        Duration.ofSeconds(1)))
                .withWebhook(new TelegramSettings.Webhook(0, "/telegram", SECRET, Optional.empty()));
        TelegramAdapter adapter = new TelegramAdapter(settings, JdbcDeliveryLedger.opener(db.dataSource()),
                Clock.systemUTC(), new PollerLease(new JdbcLease(db.dataSource()), Duration.ofSeconds(1)));
        adapter.start(new MiniDesk(adapter.outbox(), Clock.systemUTC()).sharing(handled, slowGate).bot);
        processes.add(adapter);
        return URI.create("http://127.0.0.1:" + adapter.webhookPort() + "/telegram");
    }

    private CompletableFuture<Integer> postAsync(URI endpoint, String body) {
        return http.sendAsync(request(endpoint, body), HttpResponse.BodyHandlers.discarding())
                .thenApply(HttpResponse::statusCode);
    }

    private int post(URI endpoint, String body) throws Exception {
        return http.send(request(endpoint, body), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static HttpRequest request(URI endpoint, String body) {
        return HttpRequest.newBuilder(endpoint).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").header(WebhookServer.SECRET_HEADER, SECRET).build();
    }
}
