package com.disputedesk.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Webhook mode: an HTTP endpoint Telegram posts updates to (behind the operator's TLS proxy). A request without the
 * right X-Telegram-Bot-Api-Secret-Token gets 401 and changes nothing; a right one feeds the same pipeline as
 * polling and is answered 200 once the update is handled, so Telegram holds back that chat's next update until
 * then, and retries on anything else.
 */
final class WebhookServer implements AutoCloseable {
    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Logger log = LoggerFactory.getLogger(WebhookServer.class);
    private static final int MAX_BODY = 1 << 20;
    /** How long a post waits for its update to be handled before it is answered 500 (Telegram sends it again). */
    static final java.time.Duration HANDLE_WAIT = java.time.Duration.ofSeconds(60);

    private final HttpServer server;
    private final ExecutorService threads;
    private final byte[] secret;
    private final UpdatePipeline pipeline;
    private final Redactor redactor;
    private final ObjectMapper json = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    WebhookServer(TelegramSettings.Webhook settings, UpdatePipeline pipeline, Redactor redactor) throws IOException {
        this.secret = settings.secret().getBytes(StandardCharsets.UTF_8);
        this.pipeline = pipeline;
        this.redactor = redactor;
        this.server = HttpServer.create(new InetSocketAddress(settings.port()), 0);
        this.threads = Executors.newFixedThreadPool(4, com.disputedesk.core.delivery.DeliveryService.named("telegram-webhook"));
        server.setExecutor(threads);
        server.createContext(settings.path(), this::exchange);
    }

    void start() {
        server.start();
        log.info("Telegram webhook listening on port {}", port());
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void exchange(HttpExchange ex) throws IOException {
        try (ex) {
            if (!"POST".equals(ex.getRequestMethod())) {
                answer(ex, 405);
                return;
            }
            String given = ex.getRequestHeaders().getFirst(SECRET_HEADER);
            if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
                log.warn("webhook request from {} refused: missing or wrong secret token", ex.getRemoteAddress());
                answer(ex, 401);
                return;
            }
            Update update;
            try (InputStream body = ex.getRequestBody()) {
                byte[] bytes = body.readNBytes(MAX_BODY + 1);
                if (bytes.length > MAX_BODY) {
                    answer(ex, 413);
                    return;
                }
                update = json.readValue(bytes, Update.class);
            } catch (IOException e) {
                answer(ex, 400);
                return;
            }
            try {
                pipeline.submit(update).get(HANDLE_WAIT.toSeconds(), TimeUnit.SECONDS);
                answer(ex, 200);
            } catch (Exception e) {
                log.error("webhook update {} not recorded, Telegram will send it again: {}", update.getUpdateId(),
                        redactor.describe(e));
                answer(ex, 500);
            }
        }
    }

    private static void answer(HttpExchange ex, int status) throws IOException {
        byte[] body = (status == 200 ? "{\"ok\":true}" : "{\"ok\":false}").getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.sendResponseHeaders(status, body.length);
        ex.getResponseBody().write(body);
    }

    @Override
    public void close() {
        server.stop(1);
        threads.shutdown();
    }
}
