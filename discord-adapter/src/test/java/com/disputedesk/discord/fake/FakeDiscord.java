package com.disputedesk.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import okio.Buffer;

/**
 * A local Discord for tests: the REST routes JDA calls and a gateway over MockWebServer's WebSocket upgrade.
 * It records every REST call and every gateway frame the bot sends, and lets a test inject dispatches
 * (interactions) as Discord would.
 *
 * <p>Guild 9001 ("Acme") has the roles {@code @everyone} (9001), "Support" ({@link #STAFF_ROLE}) and "Admin"
 * ({@link #ADMIN_ROLE}, with Manage Server) and the text channel {@link #CHANNEL}, which only staff, admins and
 * the bot can see (more such channels on request), and the {@link #LOBBY} everyone can read; on request also the
 * staff-only forum channel {@link #FORUM}.
 */
public final class FakeDiscord implements AutoCloseable {
    public static final String BOT_ID = "1000";
    public static final String GUILD = "9001";
    public static final String CHANNEL = "500";
    public static final String STAFF_ROLE = "77";
    public static final String ADMIN_ROLE = "78";
    /** The bot's own (managed) role, which may see the staff channels. */
    public static final String BOT_ROLE = "79";
    /** A channel every member of the guild can read. */
    public static final String LOBBY = "600";
    /** A staff-only forum channel (type 15), present after {@link #withForum}. */
    public static final String FORUM = "700";
    public static final long DISCORD_EPOCH = 1420070400000L;
    /** Manage Server (1 << 5). */
    static final long MANAGE_SERVER = 1L << 5;
    static final long VIEW_CHANNEL = 1L << 10;
    /** The flag of a message only its reader sees. */
    static final int EPHEMERAL = 1 << 6;
    /** View Channel, Send Messages, Read History, Use Application Commands. */
    static final long EVERYONE_PERMISSIONS = (1L << 10) | (1L << 11) | (1L << 16) | (1L << 31);

    /**
     * The bot's own role, as the README asks to set it up for case threads: Manage Threads, Create Public Threads,
     * Create Private Threads, Send Messages in Threads, Pin Messages.
     */
    static final long BOT_PERMISSIONS = (1L << 34) | (1L << 35) | (1L << 36) | (1L << 38) | (1L << 51);
    /** How many messages Discord lets a channel (or thread) pin. */
    public static final int MAX_PINS = 50;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final MockWebServer server = new MockWebServer();
    private final List<RestCall> calls = new CopyOnWriteArrayList<>();
    private final List<JsonNode> gatewayFrames = new CopyOnWriteArrayList<>();
    private final Map<String, byte[]> cdn = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private final AtomicInteger identifies = new AtomicInteger();
    private final AtomicInteger resumes = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean rejectToken;
    private final AtomicInteger rateLimitsLeft = new AtomicInteger();
    private final List<Upload> uploads = new CopyOnWriteArrayList<>();
    private volatile long uploadLimit = 10L * 1024 * 1024;
    /** Answers scripted per route ("POST /channels/500/messages"), used up in order before the normal answer. */
    private final Map<String, java.util.Deque<Answer>> scripted = new ConcurrentHashMap<>();
    /** Channel posts Discord took (answered 200), in order. */
    private final List<RestCall> posted = new CopyOnWriteArrayList<>();
    /** Open gateway sessions, each with the shard it identified for. */
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    /** Every session ever identified, by session id, so a RESUME finds its shard. */
    private final Map<String, Session> bySessionId = new ConcurrentHashMap<>();
    /** Guilds besides {@link #GUILD}, each with one staff-only text channel ({@link #channelOf}). */
    private final List<String> otherGuilds = new CopyOnWriteArrayList<>();
    private volatile int recommendedShards = 1;
    private volatile int identifyConcurrency = 1;
    /** The DM channel opened with each user (user id to channel id). */
    private final Map<String, String> directChannels = new java.util.concurrent.ConcurrentHashMap<>();
    /** Users whose privacy settings accept no direct messages from the bot. */
    private final java.util.Set<String> closedToDirectMessages = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /** Every message as the channels show it now, by id: posts, answers, follow-ups, after their edits. */
    private final Map<String, ObjectNode> messages = new ConcurrentHashMap<>();
    /** The pinned messages of each channel or thread, by channel id, in the order they were pinned. */
    private final Map<String, List<String>> pins = new ConcurrentHashMap<>();
    /** The messages the bot made that everyone in their channel sees (not ephemeral), in order. */
    private final List<String> botMessages = new CopyOnWriteArrayList<>();
    /** The message each component interaction came from, by interaction id. */
    private final Map<String, String> pressedMessages = new ConcurrentHashMap<>();
    /** The message an interaction's answer (or its deferred placeholder) became, by interaction token. */
    private final Map<String, String> originals = new ConcurrentHashMap<>();

    private final int channels;
    private volatile boolean forum;
    /** Threads created by the bot, by id, in order; deleted ones answer 10003. */
    private final Map<String, ObjectNode> threads = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());
    private final java.util.Set<String> deletedThreads = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public FakeDiscord() {
        this(1);
    }

    /** A guild with {@code channels} text channels: {@link #CHANNEL} and the ids after it. */
    public FakeDiscord(int channels) {
        this.channels = channels;
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return route(request);
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The REST base URL to give JDA ("http://127.0.0.1:port/api/v10/"). */
    public String restBase() {
        return server.url("/api/v10/").toString();
    }

    /** The gateway URL to give JDA. */
    public String gatewayUrl() {
        return "ws://" + server.getHostName() + ":" + server.getPort() + "/gateway";
    }

    /** Answers the next {@code n} channel posts with 429 (retry after 0.3 s), as Discord's rate limit does. */
    public void rateLimitChannelPosts(int n) {
        rateLimitsLeft.set(n);
    }

    /**
     * An answer Discord may give instead of the normal one, with Discord's status and JSON body.
     *
     * @param status the HTTP status
     * @param body   the JSON body
     * @param retryAfterSeconds for a 429: the Retry-After header; 0 otherwise
     */
    public record Answer(int status, String body, double retryAfterSeconds) {
        /** 403 Missing Permissions (50013): the bot may not post there. */
        public static Answer missingPermissions() {
            return new Answer(403, "{\"message\":\"Missing Permissions\",\"code\":50013}", 0);
        }

        /** 404 Unknown Channel (10003): deleted, or not visible to the bot. */
        public static Answer unknownChannel() {
            return new Answer(404, "{\"message\":\"Unknown Channel\",\"code\":10003}", 0);
        }

        /** 500 Internal Server Error. */
        public static Answer serverError() {
            return new Answer(500, "{\"message\":\"500: Internal Server Error\",\"code\":0}", 0);
        }

        /** 429 for a route's bucket, with its retry_after. */
        public static Answer rateLimited(double seconds) {
            return new Answer(429, "{\"message\":\"You are being rate limited.\",\"retry_after\":" + seconds
                    + ",\"global\":false}", seconds);
        }
    }

    /** Answers the next calls of {@code method} to {@code path} (without "/api/v10") with {@code answers}, in order. */
    public void script(String method, String path, Answer... answers) {
        java.util.Deque<Answer> queue = scripted.computeIfAbsent(method + " " + path,
                k -> new java.util.concurrent.ConcurrentLinkedDeque<>());
        queue.addAll(List.of(answers));
    }

    /** Forgets the scripted answers not used yet: every route answers normally again. */
    public void clearScripts() {
        scripted.clear();
    }

    /** Scripts the next posts to {@code channelId}. */
    public void scriptChannelPosts(String channelId, Answer... answers) {
        script("POST", "/channels/" + channelId + "/messages", answers);
    }

    /** The channel posts Discord took (answered 200), in order. */
    public List<RestCall> posted() {
        return new ArrayList<>(posted);
    }

    /** From now on, a direct message to {@code userId} is refused (50007), as their privacy settings would. */
    public FakeDiscord refuseDirectMessagesTo(String userId) {
        closedToDirectMessages.add(userId);
        return this;
    }

    /** The direct messages Discord took for {@code userId}. */
    public List<RestCall> directMessagesTo(String userId) {
        String channel = directChannels.get(userId);
        return channel == null ? List.of() : postedIn(channel);
    }

    /** The channel posts Discord took in {@code channelId}. */
    public List<RestCall> postedIn(String channelId) {
        return posted.stream().filter(c -> c.path().equals("/channels/" + channelId + "/messages")).toList();
    }

    /** From now on, answers the login with 401 as Discord does for a wrong token. */
    public void rejectToken() {
        rejectToken = true;
    }

    /** A URL on the fake CDN serving {@code bytes}. */
    public String cdnFile(String name, byte[] bytes) {
        String path = "/attachments/" + CHANNEL + "/" + nextId() + "/" + name;
        cdn.put(path, bytes);
        return server.url(path).toString();
    }

    // ---------------------------------------------------------------- REST

    private MockResponse route(RecordedRequest request) {
        String path = request.getUrl().encodedPath();
        if (path.startsWith("/gateway")) {
            connections.incrementAndGet();
            return new MockResponse.Builder().webSocketUpgrade(new Session()).build();
        }
        if (path.startsWith("/attachments/")) {
            byte[] bytes = cdn.get(path);
            calls.add(new RestCall(request.getMethod(), path, request.getUrl().query(), null, System.nanoTime()));
            return bytes == null ? new MockResponse.Builder().code(404).build()
                    : new MockResponse.Builder().body(new Buffer().write(bytes)).build();
        }
        String api = path.startsWith("/api/v10/") ? path.substring("/api/v10".length()) : path;
        long received = System.nanoTime();
        Form form = form(request);
        JsonNode body = form != null ? form.payload() : parse(request);
        RestCall call = new RestCall(request.getMethod(), api, request.getUrl().query(), body, received);
        calls.add(call);
        if (form != null && !form.files().isEmpty()) {
            long total = form.files().stream().mapToLong(f -> f.bytes().length).sum();
            if (total > uploadLimit) {
                return new MockResponse.Builder().code(413).setHeader("Content-Type", "application/json")
                        .body("{\"message\":\"Request entity too large\",\"code\":40005}").build();
            }
        }
        String method = request.getMethod();
        java.util.Deque<Answer> script = scripted.get(method + " " + api);
        Answer next = script == null ? null : script.pollFirst();
        if (next != null) {
            MockResponse.Builder b = new MockResponse.Builder().code(next.status())
                    .setHeader("Content-Type", "application/json").body(next.body());
            if (next.status() == 429) {
                b.setHeader("Retry-After", Long.toString((long) Math.ceil(next.retryAfterSeconds())))
                        .setHeader("X-RateLimit-Limit", "5").setHeader("X-RateLimit-Remaining", "0")
                        .setHeader("X-RateLimit-Reset-After", Double.toString(next.retryAfterSeconds()))
                        .setHeader("X-RateLimit-Bucket", "scripted").setHeader("X-RateLimit-Scope", "user");
            }
            return b.build();
        }
        // A multipart body carries the files' bytes beside the JSON: only the JSON part is text.
        MockResponse refused = refusedMessage(method, api, body, form != null ? null : request);
        if (refused != null) {
            return refused;
        }
        if (form != null) {
            form.files().forEach(f -> uploads.add(new Upload(api, f.fileName(), f.bytes())));
        }
        if (method.equals("GET") && api.equals("/gateway/bot")) {
            if (rejectToken) {
                return new MockResponse.Builder().code(401).setHeader("Content-Type", "application/json")
                        .body("{\"message\":\"401: Unauthorized\",\"code\":0}").build();
            }
            return json(gatewayBot());
        }
        if (method.equals("GET") && api.equals("/users/@me")) {
            if (rejectToken) {
                return new MockResponse.Builder().code(401).setHeader("Content-Type", "application/json")
                        .body("{\"message\":\"401: Unauthorized\",\"code\":0}").build();
            }
            return json(botUser());
        }
        if (method.equals("PUT") && api.matches("/applications/\\d+(/guilds/\\d+)?/commands")) {
            List<String> invalid = CommandRules.check(body);
            if (!invalid.isEmpty()) {
                return new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
                        .body(JSON.createObjectNode().put("message", "Invalid Form Body").put("code", 50035)
                                .put("errors", String.join("; ", invalid)).toString()).build();
            }
            return json(registeredCommands(body, api));
        }
        if (method.equals("POST") && api.matches("/interactions/\\d+/[^/]+/callback")) {
            String[] parts = api.split("/");
            ObjectNode answer = callbackResponse(parts[2], parts[3], body);
            if (answer == null) {
                return unknownMessage();
            }
            return json(answer);
        }
        if (method.equals("POST") && api.matches("/webhooks/\\d+/[^/]+")) {
            return json(posted(message(CHANNEL, body)));
        }
        if (method.equals("PATCH") && api.matches("/webhooks/\\d+/[^/]+/messages/@original")) {
            String original = originals.get(api.split("/")[3]);
            return json(original == null ? posted(message(CHANNEL, body)) : edited(original, body));
        }
        if (method.equals("PATCH") && api.matches("/webhooks/\\d+/[^/]+/messages/.+")) {
            return json(message(CHANNEL, body));
        }
        if (method.equals("PATCH") && api.matches("/channels/\\d+/messages/\\d+")) {
            String[] parts = api.split("/");
            ObjectNode current = messages.get(parts[4]);
            if (current == null || !current.path("channel_id").asText().equals(parts[2])) {
                return unknownMessage();
            }
            return json(edited(parts[4], body));
        }
        // PUT channels/{id}/messages/pins/{message} (what JDA calls) or the older channels/{id}/pins/{message}
        if (method.equals("PUT") && api.matches("/channels/\\d+/(messages/)?pins/\\d+")) {
            String[] parts = api.split("/");
            return pin(parts[2], parts[parts.length - 1]);
        }
        if (method.equals("POST") && api.matches("/channels/\\d+/threads")) {
            return createThread(api.split("/")[2], body);
        }
        if (method.equals("PATCH") && api.matches("/channels/\\d+")) {
            return updateThread(api.split("/")[2], body);
        }
        if (method.equals("POST") && api.matches("/channels/\\d+/messages") && threadRefusal(api.split("/")[2]) != null) {
            posted.add(call);
            return threadRefusal(api.split("/")[2]);
        }
        if (method.equals("POST") && api.matches("/channels/\\d+/messages") && rateLimitsLeft.getAndDecrement() > 0) {
            return new MockResponse.Builder().code(429).setHeader("Content-Type", "application/json")
                    .setHeader("Retry-After", "1").setHeader("X-RateLimit-Limit", "5")
                    .setHeader("X-RateLimit-Remaining", "0").setHeader("X-RateLimit-Reset-After", "0.300")
                    .setHeader("X-RateLimit-Bucket", "channel-messages").setHeader("X-RateLimit-Scope", "user")
                    .body("{\"message\":\"You are being rate limited.\",\"retry_after\":0.3,\"global\":false}")
                    .build();
        }
        if (method.equals("POST") && api.equals("/users/@me/channels")) {
            return json(directChannel(body == null ? "" : body.path("recipient_id").asText("")));
        }
        if (method.equals("POST") && api.matches("/channels/\\d+/messages")
                && directChannels.containsValue(api.split("/")[2])) {
            String channel = api.split("/")[2];
            boolean closed = directChannels.entrySet().stream()
                    .anyMatch(e -> e.getValue().equals(channel) && closedToDirectMessages.contains(e.getKey()));
            if (closed) {
                return new MockResponse.Builder().code(403).setHeader("Content-Type", "application/json")
                        .body("{\"message\":\"Cannot send messages to this user\",\"code\":50007}").build();
            }
            posted.add(call);
            return json(message(channel, body));
        }
        if (method.equals("POST") && api.matches("/channels/\\d+/messages")) {
            if (!api.equals("/channels/" + CHANNEL + "/messages") && !isChannel(api.split("/")[2])) {
                return new MockResponse.Builder().code(404).setHeader("Content-Type", "application/json")
                        .body("{\"message\":\"Unknown Channel\",\"code\":10003}").build();
            }
            if (forum && api.split("/")[2].equals(FORUM)) {
                // a forum takes messages only in its posts
                return badRequest(50008, "Cannot send messages in a non-text channel", "");
            }
            posted.add(call);
            return json(posted(message(api.split("/")[2], body)));
        }
        return new MockResponse.Builder().code(404)
                .body("{\"message\":\"Unknown route in fake\",\"code\":0}").build();
    }

    /** A file the bot uploaded with a message or an interaction answer. */
    public record Upload(String route, String fileName, byte[] bytes) {
    }

    /** Every file taken, in order. */
    public List<Upload> uploads() {
        return List.copyOf(uploads);
    }

    /** The server's upload limit (10 MB unboosted); a message with more is refused with 413. */
    public FakeDiscord uploadLimit(long bytes) {
        this.uploadLimit = bytes;
        return this;
    }

    /** A multipart request as JDA sends a message with files: the JSON in "payload_json", each file a part. */
    private record Form(JsonNode payload, List<Upload> files) {
    }

    private static Form form(RecordedRequest request) {
        String contentType = request.getHeaders().get("Content-Type");
        if (request.getBody() == null || contentType == null || !contentType.startsWith("multipart/")) {
            return null;
        }
        String boundary = contentType.replaceFirst(".*boundary=\"?([^\";]+)\"?.*", "$1");
        JsonNode payload = JSON.createObjectNode();
        List<Upload> files = new ArrayList<>();
        try (okhttp3.MultipartReader reader = new okhttp3.MultipartReader(
                new Buffer().write(request.getBody().toByteArray()), boundary)) {
            for (okhttp3.MultipartReader.Part next = reader.nextPart(); next != null; next = reader.nextPart()) {
                try (okhttp3.MultipartReader.Part part = next) {
                    String disposition = String.valueOf(part.headers().get("Content-Disposition"));
                    java.util.regex.Matcher file = java.util.regex.Pattern.compile("filename=\"([^\"]*)\"")
                            .matcher(disposition);
                    if (file.find()) {
                        files.add(new Upload("", file.group(1), part.body().readByteArray()));
                    } else if (disposition.contains("name=\"payload_json\"")) {
                        payload = JSON.readTree(part.body().readUtf8());
                    }
                }
            }
        } catch (IOException e) {
            return new Form(JSON.getNodeFactory().textNode("unreadable multipart: " + e.getMessage()), List.of());
        }
        return new Form(payload, files);
    }

    /**
     * Discord's 400 for a message over its limits (code 50035, or 50006 for an empty one) or a body that is not
     * valid UTF-8; null when the call carries no message or the message is fine.
     */
    private static MockResponse refusedMessage(String method, String api, JsonNode body, RecordedRequest request) {
        JsonNode message = null;
        boolean creating = false;
        if (method.equals("POST") && (api.matches("/channels/\\d+/messages") || api.matches("/webhooks/\\d+/[^/]+"))) {
            message = body;
            creating = true;
        } else if (method.equals("PATCH") && (api.matches("/webhooks/\\d+/[^/]+/messages/.+")
                || api.matches("/channels/\\d+/messages/\\d+"))) {
            message = body;
        } else if (method.equals("POST") && api.endsWith("/callback") && body != null) {
            int type = body.path("type").asInt();
            if (type == 4 || type == 7) {
                message = body.path("data");
                creating = type == 4;
            }
        }
        if (message == null) {
            return null;
        }
        if (!validUtf8(request)) {
            return badRequest(50109, "The request body contains invalid JSON.", "invalid UTF-8");
        }
        List<String> problems = MessageRules.check(message, creating);
        if (problems.isEmpty()) {
            return null;
        }
        if (problems.equals(List.of("empty message"))) {
            return badRequest(MessageRules.EMPTY_MESSAGE, "Cannot send an empty message", "empty message");
        }
        return badRequest(MessageRules.INVALID_FORM_BODY, "Invalid Form Body", String.join("; ", problems));
    }

    private static MockResponse badRequest(int code, String message, String errors) {
        return new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
                .body(JSON.createObjectNode().put("message", message).put("code", code).put("errors", errors)
                        .toString()).build();
    }

    private static boolean validUtf8(RecordedRequest request) {
        if (request == null || request.getBody() == null) {
            return true;
        }
        try {
            java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(request.getBody().toByteArray()));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private boolean isChannel(String id) {
        if (threads.containsKey(id)) {
            return true;
        }
        long n = Long.parseLong(id);
        long first = Long.parseLong(CHANNEL);
        return (n >= first && n < first + channels) || id.equals(LOBBY) || (forum && id.equals(FORUM))
                || otherGuilds.stream().anyMatch(g -> channelOf(g).equals(id));
    }

    private static JsonNode parse(RecordedRequest request) {
        if (request.getBody() == null || request.getBodySize() == 0) {
            return null;
        }
        String contentType = request.getHeaders().get("Content-Type");
        String text = request.getBody().utf8();
        if (contentType != null && contentType.startsWith("multipart/")) {
            // JDA sends messages with files as multipart, the JSON in "payload_json".
            int start = text.indexOf('{');
            int end = text.lastIndexOf('}');
            text = start < 0 ? "{}" : text.substring(start, end + 1);
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.getNodeFactory().textNode(text);
        }
    }

    private static MockResponse json(JsonNode node) {
        return new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                .body(node.toString()).build();
    }

    private ArrayNode registeredCommands(JsonNode body, String api) {
        ArrayNode out = JSON.createArrayNode();
        for (JsonNode command : body) {
            ObjectNode c = command.deepCopy();
            c.put("id", nextId());
            c.put("application_id", BOT_ID);
            c.put("version", nextId());
            if (api.contains("/guilds/")) {
                c.put("guild_id", api.split("/")[4]);
            }
            if (!c.has("type")) {
                c.put("type", 1);
            }
            if (!c.has("description")) {
                c.put("description", "");
            }
            out.add(c);
        }
        return out;
    }

    /**
     * Discord's answer to an interaction callback (with_response): a new message (4) or a placeholder (5) becomes
     * the interaction's original; UPDATE_MESSAGE (7) edits the message the component was on, and null means that
     * message no longer exists (Unknown Message).
     */
    private ObjectNode callbackResponse(String interactionId, String token, JsonNode body) {
        ObjectNode out = JSON.createObjectNode();
        ObjectNode interaction = out.putObject("interaction");
        interaction.put("id", interactionId);
        interaction.put("type", 2);
        ObjectNode resource = out.putObject("resource");
        int type = body.path("type").asInt();
        resource.put("type", type);
        if (type == 4 || type == 5) {
            ObjectNode m = posted(message(CHANNEL, type == 4 ? body.path("data") : body.path("data")));
            originals.put(token, m.path("id").asText());
            if (type == 4) {
                resource.set("message", m);
            }
        } else if (type == 7) {
            String pressed = pressedMessages.get(interactionId);
            if (pressed == null || !messages.containsKey(pressed)) {
                return null;
            }
            resource.set("message", edited(pressed, body.path("data")));
        }
        return out;
    }

    /** Keeps a message the bot made as one its channel shows, unless only its reader sees it (ephemeral). */
    private ObjectNode posted(ObjectNode m) {
        if ((m.path("flags").asInt() & EPHEMERAL) == 0) {
            botMessages.add(m.path("id").asText());
        }
        return m;
    }

    /** Applies an edit to a kept message: what the edit names changes, the rest stays. */
    private ObjectNode edited(String messageId, JsonNode body) {
        ObjectNode m = messages.get(messageId);
        synchronized (m) {
            for (String field : List.of("content", "embeds", "components")) {
                if (body != null && body.has(field)) {
                    m.set(field, body.get(field));
                }
            }
            m.put("edited_timestamp", Instant.now().toString());
            return m.deepCopy();
        }
    }

    private static MockResponse unknownMessage() {
        return new MockResponse.Builder().code(404).setHeader("Content-Type", "application/json")
                .body("{\"message\":\"Unknown Message\",\"code\":10008}").build();
    }

    /** The message {@code id} as its channel shows it now (after edits); null when there is none. */
    public JsonNode message(String id) {
        ObjectNode m = messages.get(id);
        return m == null ? null : m.deepCopy();
    }

    /** The messages the bot made that everyone in {@code channelId} sees and that are still there, in order. */
    public List<JsonNode> botMessagesIn(String channelId) {
        return botMessages.stream().map(messages::get).filter(java.util.Objects::nonNull)
                .filter(m -> m.path("channel_id").asText().equals(channelId)).map(m -> (JsonNode) m.deepCopy())
                .toList();
    }

    /** The message interaction {@code interactionId} was pressed or submitted on, or null. */
    public String pressedMessage(String interactionId) {
        return pressedMessages.get(interactionId);
    }

    /** Someone deletes a message: editing it from now on fails with Unknown Message, as on Discord. */
    public void deleteMessage(String id) {
        messages.remove(id);
    }

    private ObjectNode message(String channelId, JsonNode body) {
        ObjectNode m = JSON.createObjectNode();
        String id = nextId();
        messages.put(id, m);
        m.put("id", id);
        m.put("channel_id", channelId);
        m.put("type", 0);
        m.put("content", body == null ? "" : body.path("content").asText(""));
        m.set("author", botUser());
        m.put("timestamp", Instant.now().toString());
        m.putNull("edited_timestamp");
        m.put("tts", false);
        m.put("mention_everyone", false);
        m.putArray("mentions");
        m.putArray("mention_roles");
        m.putArray("attachments");
        m.set("embeds", body != null && body.has("embeds") ? body.get("embeds") : JSON.createArrayNode());
        m.set("components", body != null && body.has("components") ? body.get("components")
                : JSON.createArrayNode());
        m.put("pinned", false);
        m.put("flags", body == null ? 0 : body.path("flags").asInt(0));
        return m;
    }

    // ---------------------------------------------------------------- gateway

    /**
     * One gateway connection. Like Discord, it serves the shard its IDENTIFY names ({@code shard: [id, total]}, or
     * [0, 1] without one): only events of guilds with {@code (guild_id >> 22) % total == id} go to it. A second
     * IDENTIFY of a shard already served invalidates the older session (op 9, not resumable).
     */
    private final class Session extends WebSocketListener {
        private volatile WebSocket socket;
        private volatile String sessionId;
        private volatile int shard;
        private volatile int total = 1;
        private final AtomicInteger seq = new AtomicInteger();
        private volatile boolean identified;

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            socket = webSocket;
            ObjectNode hello = JSON.createObjectNode();
            hello.put("op", 10);
            hello.putObject("d").put("heartbeat_interval", 41250);
            webSocket.send(hello.toString());
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            sessions.remove(this);
            // Complete the close handshake at once, as Discord does; JDA's shutdown waits for it.
            webSocket.close(code, reason);
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            sessions.remove(this);
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            sessions.remove(this);
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            JsonNode frame;
            try {
                frame = JSON.readTree(text);
            } catch (IOException e) {
                return;
            }
            gatewayFrames.add(frame);
            switch (frame.path("op").asInt(-1)) {
                case 1 -> webSocket.send("{\"op\":11}");
                case 2 -> identify(frame.path("d"));
                case 6 -> resume(frame.path("d"));
                default -> {
                }
            }
        }

        private void identify(JsonNode d) {
            JsonNode shardInfo = d.path("shard");
            int id = shardInfo.isArray() ? shardInfo.get(0).asInt() : 0;
            int of = shardInfo.isArray() ? shardInfo.get(1).asInt() : 1;
            if (of < 1 || id < 0 || id >= of) {
                socket.close(4010, "Invalid shard");
                return;
            }
            for (Session other : sessions) {
                if (other != this && other.identified && other.shard == id && other.total == of) {
                    invalidated.incrementAndGet();
                    other.invalidate();
                }
            }
            identifies.incrementAndGet();
            shard = id;
            total = of;
            sessionId = "session-" + identifies.get();
            seq.set(0);
            identified = true;
            bySessionId.put(sessionId, this);
            sessions.add(this);
            dispatch("READY", ready(this));
            for (String guild : guildIds()) {
                if (shardOf(guild, total) == shard) {
                    dispatch("GUILD_CREATE", guild(guild));
                }
            }
        }

        private void resume(JsonNode d) {
            Session earlier = bySessionId.get(d.path("session_id").asText());
            if (earlier == null || !earlier.identified) {
                socket.send("{\"op\":9,\"d\":false}");
                return;
            }
            resumes.incrementAndGet();
            shard = earlier.shard;
            total = earlier.total;
            sessionId = earlier.sessionId;
            seq.set(earlier.seq.get());
            identified = true;
            bySessionId.put(sessionId, this);
            sessions.remove(earlier);
            sessions.add(this);
            dispatch("RESUMED", JSON.createObjectNode());
        }

        /** Op 9 with d=false: the session is gone and cannot be resumed. */
        private void invalidate() {
            identified = false;
            sessions.remove(this);
            bySessionId.remove(sessionId);
            socket.send("{\"op\":9,\"d\":false}");
        }

        private void dispatch(String type, JsonNode data) {
            ObjectNode frame = JSON.createObjectNode();
            frame.put("op", 0);
            frame.put("t", type);
            frame.put("s", seq.incrementAndGet());
            frame.set("d", data);
            socket.send(frame.toString());
        }
    }

    private final AtomicInteger invalidated = new AtomicInteger();

    /** How many sessions a second IDENTIFY of their shard invalidated (op 9). */
    public int invalidatedSessions() {
        return invalidated.get();
    }

    /** The shard Discord sends a guild's events to: {@code (guild_id >> 22) % total}. */
    public static int shardOf(String guildId, int total) {
        return (int) ((Long.parseLong(guildId) >>> 22) % total);
    }

    /** The shards connected sessions serve now, as "id/total". */
    public List<String> servedShards() {
        return sessions.stream().filter(x -> x.identified).map(x -> x.shard + "/" + x.total).sorted().toList();
    }

    /** How many connected sessions serve shard {@code id} of {@code total}. */
    public long sessionsFor(int id, int total) {
        return sessions.stream().filter(x -> x.identified && x.shard == id && x.total == total).count();
    }

    /** What GET /gateway/bot answers: the shard count Discord recommends and how many may identify at once. */
    public FakeDiscord recommend(int shards, int concurrency) {
        this.recommendedShards = shards;
        this.identifyConcurrency = concurrency;
        return this;
    }

    /** Gives guild Acme the staff-only forum channel {@link #FORUM}; call before the bot connects. */
    public FakeDiscord withForum() {
        this.forum = true;
        return this;
    }

    /** Adds a guild the bot is in, with the same roles and one staff-only text channel {@link #channelOf}. */
    public FakeDiscord withGuild(String guildId) {
        otherGuilds.add(guildId);
        return this;
    }

    /** The staff-only text channel of a guild added with {@link #withGuild}. */
    public static String channelOf(String guildId) {
        return guildId + "1";
    }

    private List<String> guildIds() {
        List<String> all = new ArrayList<>();
        all.add(GUILD);
        all.addAll(otherGuilds);
        return all;
    }

    private ObjectNode gatewayBot() {
        ObjectNode d = JSON.createObjectNode();
        d.put("url", gatewayUrl());
        d.put("shards", recommendedShards);
        ObjectNode limit = d.putObject("session_start_limit");
        limit.put("total", 1000);
        limit.put("remaining", 1000 - identifies.get());
        limit.put("reset_after", 14_400_000);
        limit.put("max_concurrency", identifyConcurrency);
        return d;
    }

    private ObjectNode ready(Session session) {
        ObjectNode d = JSON.createObjectNode();
        d.put("v", 10);
        d.set("user", botUser());
        ArrayNode guilds = d.putArray("guilds");
        for (String guild : guildIds()) {
            if (shardOf(guild, session.total) == session.shard) {
                guilds.addObject().put("id", guild).put("unavailable", true);
            }
        }
        d.putArray("shard").add(session.shard).add(session.total);
        d.put("session_id", session.sessionId);
        d.put("resume_gateway_url", gatewayUrl());
        d.putObject("application").put("id", BOT_ID).put("flags", 0);
        d.putArray("private_channels");
        d.putArray("relationships");
        d.putArray("presences");
        d.putObject("user_settings");
        return d;
    }

    private ObjectNode guild(String id) {
        boolean acme = id.equals(GUILD);
        int textChannels = acme ? channels : 1;
        ObjectNode g = JSON.createObjectNode();
        g.put("id", id);
        g.put("name", acme ? "Acme" : "Guild " + id);
        g.put("owner_id", "1");
        g.put("unavailable", false);
        g.put("member_count", 3);
        g.put("large", false);
        g.put("afk_timeout", 300);
        g.put("verification_level", 0);
        g.put("default_message_notifications", 0);
        g.put("explicit_content_filter", 0);
        g.put("mfa_level", 0);
        g.put("nsfw_level", 0);
        g.put("premium_tier", 0);
        g.put("preferred_locale", "en-US");
        g.put("system_channel_flags", 0);
        g.put("joined_at", "2024-01-01T00:00:00.000000+00:00");
        ArrayNode roles = g.putArray("roles");
        roles.add(role(id, "@everyone", EVERYONE_PERMISSIONS, 0));
        roles.add(role(STAFF_ROLE, "Support", 0, 1));
        roles.add(role(ADMIN_ROLE, "Admin", MANAGE_SERVER, 2));
        roles.add(role(BOT_ROLE, "DisputeDesk", BOT_PERMISSIONS, 3));
        ArrayNode channelList = g.putArray("channels");
        for (int i = 0; i < textChannels; i++) {
            ObjectNode channel = channelList.addObject();
            channel.put("id", acme ? channel(i) : channelOf(id));
            channel.put("type", 0);
            channel.put("name", i == 0 ? "disputes" : "disputes-" + i);
            channel.put("position", i);
            channel.put("guild_id", id);
            ArrayNode overwrites = channel.putArray("permission_overwrites");
            overwrites.add(overwrite(id, 0, VIEW_CHANNEL));
            for (String role : List.of(STAFF_ROLE, ADMIN_ROLE, BOT_ROLE)) {
                overwrites.add(overwrite(role, VIEW_CHANNEL, 0));
            }
        }
        if (acme) {
            ObjectNode lobby = channelList.addObject();
            lobby.put("id", LOBBY);
            lobby.put("type", 0);
            lobby.put("name", "lobby");
            lobby.put("position", channels);
            lobby.put("guild_id", GUILD);
            lobby.putArray("permission_overwrites");
        }
        if (acme && forum) {
            ObjectNode f = channelList.addObject();
            f.put("id", FORUM);
            f.put("type", 15);
            f.put("name", "cases");
            f.put("position", channels + 1);
            f.put("guild_id", GUILD);
            f.put("flags", 0);
            f.putNull("topic");
            f.put("nsfw", false);
            f.put("rate_limit_per_user", 0);
            f.put("default_thread_rate_limit_per_user", 0);
            f.putArray("available_tags");
            f.putNull("default_reaction_emoji");
            f.putNull("default_sort_order");
            f.put("default_forum_layout", 0);
            ArrayNode overwrites = f.putArray("permission_overwrites");
            overwrites.add(overwrite(id, 0, VIEW_CHANNEL));
            for (String role : List.of(STAFF_ROLE, ADMIN_ROLE, BOT_ROLE)) {
                overwrites.add(overwrite(role, VIEW_CHANNEL, 0));
            }
        }
        g.putArray("threads");
        ObjectNode self = g.putArray("members").addObject();
        self.set("user", botUser());
        putMembership(self, List.of(BOT_ROLE));
        g.putArray("voice_states");
        g.putArray("presences");
        g.putArray("emojis");
        g.putArray("stickers");
        g.putArray("features");
        g.putArray("stage_instances");
        g.putArray("guild_scheduled_events");
        g.putArray("soundboard_sounds");
        return g;
    }

    /** The id of the guild's {@code i}-th text channel (0 is {@link #CHANNEL}). */
    public static String channel(int i) {
        return Long.toString(Long.parseLong(CHANNEL) + i);
    }

    private static ObjectNode overwrite(String roleId, long allow, long deny) {
        ObjectNode o = JSON.createObjectNode();
        o.put("id", roleId);
        o.put("type", 0);
        o.put("allow", Long.toString(allow));
        o.put("deny", Long.toString(deny));
        return o;
    }

    private static ObjectNode role(String id, String name, long permissions, int position) {
        ObjectNode r = JSON.createObjectNode();
        r.put("id", id);
        r.put("name", name);
        r.put("permissions", Long.toString(permissions));
        r.put("position", position);
        r.put("color", 0);
        ObjectNode colors = r.putObject("colors");
        colors.put("primary_color", 0);
        colors.putNull("secondary_color");
        colors.putNull("tertiary_color");
        r.put("hoist", false);
        r.put("managed", false);
        r.put("mentionable", false);
        r.put("flags", 0);
        return r;
    }

    /** POST /users/@me/channels: the DM channel with the recipient, opened once and the same ever after. */
    private ObjectNode directChannel(String userId) {
        String id = directChannels.computeIfAbsent(userId, u -> nextId());
        ObjectNode c = JSON.createObjectNode();
        c.put("id", id);
        c.put("type", 1);
        c.putNull("last_message_id");
        ObjectNode u = c.putArray("recipients").addObject();
        u.put("id", userId);
        u.put("username", "user" + userId);
        u.put("discriminator", "0000");
        u.putNull("global_name");
        u.putNull("avatar");
        u.put("flags", 0);
        return c;
    }

    private static ObjectNode botUser() {
        ObjectNode u = JSON.createObjectNode();
        u.put("id", BOT_ID);
        u.put("username", "DisputeDesk");
        u.put("discriminator", "0000");
        u.putNull("global_name");
        u.putNull("avatar");
        u.put("bot", true);
        u.put("flags", 0);
        return u;
    }

    // ---------------------------------------------------------------- pins

    /**
     * A pin as Discord answers it: 204 once pinned (again: nothing changes), 404 Unknown Message (10008) for a
     * message the channel does not have, 400 Maximum number of pins reached (30003) past {@link #MAX_PINS}.
     */
    private MockResponse pin(String channelId, String messageId) {
        ObjectNode message = messages.get(messageId);
        if (message == null || !message.path("channel_id").asText().equals(channelId)) {
            return unknownMessage();
        }
        synchronized (pins) {
            List<String> pinned = pins.computeIfAbsent(channelId, k -> new CopyOnWriteArrayList<>());
            if (!pinned.contains(messageId)) {
                if (pinned.size() >= MAX_PINS) {
                    return new MockResponse.Builder().code(400).setHeader("Content-Type", "application/json")
                            .body("{\"message\":\"Maximum number of pins reached (50)\",\"code\":30003}").build();
                }
                pinned.add(messageId);
            }
        }
        return new MockResponse.Builder().code(204).build();
    }

    /** The messages pinned in a channel or thread, in the order they were pinned. */
    public List<String> pins(String channelId) {
        return List.copyOf(pins.getOrDefault(channelId, List.of()));
    }

    // ---------------------------------------------------------------- threads

    /**
     * POST channels/{id}/threads as Discord answers it: in a text channel of the guild, type 11 (public) or 12
     * (private), a name of 1-100 characters (else 50035); in the forum channel a post: a public thread whose
     * {@code message} (its first message, required there, else 50035) is posted in it and returned with it. The
     * thread is announced over the gateway (THREAD_CREATE) and returned.
     */
    private MockResponse createThread(String parentId, JsonNode body) {
        if (!isChannel(parentId) || threads.containsKey(parentId)) {
            return new MockResponse.Builder().code(404).setHeader("Content-Type", "application/json")
                    .body("{\"message\":\"Unknown Channel\",\"code\":10003}").build();
        }
        String name = body == null ? "" : body.path("name").asText("");
        int type = body == null ? 0 : body.path("type").asInt(0);
        if (name.isEmpty() || name.length() > 100) {
            return badRequest(MessageRules.INVALID_FORM_BODY, "Invalid Form Body",
                    "name: Must be between 1 and 100 in length.");
        }
        boolean inForum = forum && parentId.equals(FORUM);
        if (inForum) {
            JsonNode first = body.path("message");
            if (!first.isObject() || (first.path("content").asText("").isBlank() && first.path("embeds").isEmpty())) {
                return badRequest(MessageRules.INVALID_FORM_BODY, "Invalid Form Body",
                        "message: This field is required");
            }
            type = 11;
        } else if (type != 11 && type != 12) {
            return badRequest(MessageRules.INVALID_FORM_BODY, "Invalid Form Body", "type: Value must be one of (11, 12).");
        }
        ObjectNode thread = JSON.createObjectNode();
        thread.put("id", nextId());
        thread.put("type", type);
        thread.put("guild_id", GUILD);
        thread.put("parent_id", parentId);
        thread.put("name", name);
        thread.put("owner_id", BOT_ID);
        thread.put("member_count", 1);
        thread.put("message_count", 0);
        thread.put("total_message_sent", 0);
        thread.put("flags", 0);
        thread.put("rate_limit_per_user", 0);
        ObjectNode meta = thread.putObject("thread_metadata");
        meta.put("archived", false);
        meta.put("auto_archive_duration", body.path("auto_archive_duration").asInt(1440));
        meta.put("archive_timestamp", Instant.now().toString());
        meta.put("locked", false);
        meta.put("invitable", type == 12 ? body.path("invitable").asBoolean(true) : true);
        meta.put("create_timestamp", Instant.now().toString());
        threads.put(thread.path("id").asText(), thread);
        send("THREAD_CREATE", thread.deepCopy().put("newly_created", true));
        ObjectNode answer = thread.deepCopy();
        if (inForum) {
            thread.put("message_count", 1);
            answer.set("message", posted(message(thread.path("id").asText(), body.path("message"))));
        }
        return new MockResponse.Builder().code(201).setHeader("Content-Type", "application/json")
                .body(answer.toString()).build();
    }

    /** PATCH channels/{thread}: archived / locked, as a thread's manager sends them. */
    private MockResponse updateThread(String threadId, JsonNode body) {
        ObjectNode thread = threads.get(threadId);
        if (thread == null) {
            return new MockResponse.Builder().code(404).setHeader("Content-Type", "application/json")
                    .body("{\"message\":\"Unknown Channel\",\"code\":10003}").build();
        }
        ObjectNode meta = (ObjectNode) thread.get("thread_metadata");
        if (body != null && body.has("archived")) {
            meta.put("archived", body.path("archived").asBoolean());
            meta.put("archive_timestamp", Instant.now().toString());
        }
        if (body != null && body.has("locked")) {
            meta.put("locked", body.path("locked").asBoolean());
        }
        return json(thread.deepCopy());
    }

    /** Why a post in {@code channelId} is refused for its thread (archived: 50083, deleted: 10003), or null. */
    private MockResponse threadRefusal(String channelId) {
        if (deletedThreads.contains(channelId)) {
            return new MockResponse.Builder().code(404).setHeader("Content-Type", "application/json")
                    .body("{\"message\":\"Unknown Channel\",\"code\":10003}").build();
        }
        ObjectNode thread = threads.get(channelId);
        if (thread != null && thread.path("thread_metadata").path("archived").asBoolean()) {
            return badRequest(50083, "Thread is archived", "thread is archived");
        }
        return null;
    }

    /** The threads created, in order, as Discord keeps them now. */
    public List<JsonNode> threads() {
        return threads.values().stream().map(t -> (JsonNode) t.deepCopy()).toList();
    }

    /** Discord archives a thread after its quiet period (without telling the bot, whose cache says open). */
    public void autoArchive(String threadId) {
        ((ObjectNode) threads.get(threadId).get("thread_metadata")).put("archived", true);
    }

    /** A member deletes a thread: posts in it get 404 Unknown Channel (10003). */
    public void deleteThread(String threadId) {
        threads.remove(threadId);
        deletedThreads.add(threadId);
    }

    /**
     * Sends a dispatch (op 0) to the bot, as Discord does: to the session serving the shard of the payload's guild
     * (shard 0 without a guild).
     *
     * @throws IllegalStateException when no session serves that shard
     */
    public void send(String type, JsonNode data) {
        String guild = data.path("guild_id").asText("");
        for (Session session : sessions) {
            if (session.identified && (guild.isEmpty() ? session.shard == 0
                    : shardOf(guild, session.total) == session.shard)) {
                session.dispatch(type, data);
                return;
            }
        }
        throw new IllegalStateException("no bot session serves the shard of guild " + (guild.isEmpty() ? "(none)"
                : guild) + "; sessions: " + servedShards());
    }

    /** Closes every gateway connection as Discord does when it wants the clients to reconnect and resume. */
    public void dropConnection() {
        for (Session session : sessions) {
            session.socket.close(4000, "unknown error");
        }
    }

    // ---------------------------------------------------------------- interactions

    /** A new interaction, to be filled in with one of the builders below and sent with {@link #send}. */
    public Interaction interaction(int type, Person who) {
        return new Interaction(nextId(), "token-" + ids.incrementAndGet(), type, who);
    }

    /** A person in the guild. */
    /** A Discord user object for a member. */
    private static void putUser(ObjectNode user, Person who) {
        user.put("id", who.userId());
        user.put("username", who.name().toLowerCase(java.util.Locale.ROOT));
        user.put("discriminator", "0");
        user.put("global_name", who.name());
        user.putNull("avatar");
    }

    /** The guild-member fields JDA needs besides the user: roles, join date and voice flags. */
    private static void putMembership(ObjectNode member, List<String> roleIds) {
        ArrayNode roles = member.putArray("roles");
        roleIds.forEach(roles::add);
        member.put("joined_at", "2024-01-01T00:00:00.000000+00:00");
        member.put("deaf", false);
        member.put("mute", false);
        member.put("flags", 0);
    }

    public record Person(String userId, String name, List<String> roleIds) {
    }

    /** An INTERACTION_CREATE payload being built. */
    public final class Interaction {
        public final String id;
        public final String token;
        private volatile long sentNanos;
        private final ObjectNode payload = JSON.createObjectNode();
        private final ObjectNode data;

        Interaction(String id, String token, int type, Person who) {
            this.id = id;
            this.token = token;
            payload.put("id", id);
            payload.put("application_id", BOT_ID);
            payload.put("type", type);
            payload.put("token", token);
            payload.put("version", 1);
            payload.put("guild_id", GUILD);
            // Discord sends a partial guild; JDA 6 reads it to tell a cached guild from a detached one.
            ObjectNode guild = payload.putObject("guild");
            guild.put("id", GUILD);
            guild.put("locale", "en-US");
            guild.putArray("features");
            payload.put("channel_id", CHANNEL);
            ObjectNode channel = payload.putObject("channel");
            channel.put("id", CHANNEL);
            channel.put("type", 0);
            channel.put("guild_id", GUILD);
            channel.put("name", "disputes");
            ObjectNode member = payload.putObject("member");
            putUser(member.putObject("user"), who);
            putMembership(member, who.roleIds());
            member.put("permissions", Long.toString(EVERYONE_PERMISSIONS));
            payload.put("locale", "en-US");
            payload.put("guild_locale", "en-US");
            payload.put("app_permissions", Long.toString(EVERYONE_PERMISSIONS));
            payload.putArray("entitlements");
            payload.putObject("authorizing_integration_owners").put("0", GUILD);
            payload.put("context", 0);
            data = payload.putObject("data");
        }

        /** Slash command {@code name} with options as name/value pairs: strings, numbers, or a {@link Person}. */
        public Interaction slash(String name, Object... options) {
            data.put("id", commandId(name));
            data.put("name", name);
            data.put("type", 1);
            data.put("guild_id", GUILD);
            ArrayNode opts = data.putArray("options");
            for (int i = 0; i < options.length; i += 2) {
                ObjectNode o = opts.addObject();
                o.put("name", options[i].toString());
                Object value = options[i + 1];
                if (value instanceof Number n) {
                    o.put("type", 10);
                    o.put("value", n.doubleValue());
                } else if (value instanceof Person p) {
                    o.put("type", 6);
                    o.put("value", p.userId());
                    putUser(data.withObject("resolved").withObject("users").putObject(p.userId()), p);
                } else {
                    o.put("type", 3);
                    o.put("value", value.toString());
                }
            }
            return this;
        }

        /** Slash command {@code /parent sub} with string options given as name/value pairs. */
        public Interaction subcommand(String parent, String sub, String... options) {
            data.put("id", commandId(parent));
            data.put("name", parent);
            data.put("type", 1);
            ObjectNode o = data.putArray("options").addObject();
            o.put("name", sub);
            o.put("type", 1);
            ArrayNode subOptions = o.putArray("options");
            for (int i = 0; i < options.length; i += 2) {
                subOptions.addObject().put("name", options[i]).put("type", 3).put("value", options[i + 1]);
            }
            return this;
        }

        /** Adds an attachment option, resolved to a file on the fake CDN. */
        public Interaction attachment(String option, String fileName, String url, int size) {
            String attachmentId = nextId();
            ObjectNode o = ((ArrayNode) data.withArray("options")).addObject();
            o.put("name", option);
            o.put("type", 11);
            o.put("value", attachmentId);
            ObjectNode a = data.withObject("resolved").withObject("attachments").putObject(attachmentId);
            a.put("id", attachmentId);
            a.put("filename", fileName);
            a.put("size", size);
            a.put("url", url);
            a.put("proxy_url", url);
            a.put("content_type", "image/png");
            return this;
        }

        /** Autocomplete of {@code command}'s string option {@code option}, the member having typed {@code typed}. */
        public Interaction autocomplete(String command, String option, String typed) {
            data.put("id", commandId(command));
            data.put("name", command);
            data.put("type", 1);
            ObjectNode o = data.putArray("options").addObject();
            o.put("name", option);
            o.put("type", 3);
            o.put("value", typed);
            o.put("focused", true);
            return this;
        }

        /**
         * Message command {@code name} (type 3, right-click on a message) on a member's message {@code messageId} in
         * the channel, written by {@code author} with {@code content} and the files at {@code attachments} (name to
         * CDN url): Discord sends the message whole in {@code data.resolved.messages}.
         */
        public Interaction messageCommand(String name, String messageId, Person author, String content,
                                          Map<String, String> attachments) {
            data.put("id", commandId(name));
            data.put("name", name);
            data.put("type", 3);
            data.put("guild_id", GUILD);
            data.put("target_id", messageId);
            ObjectNode m = message(payload.path("channel_id").asText(), JSON.createObjectNode().put("content", content));
            m.put("id", messageId);
            putUser(m.putObject("author"), author);
            ArrayNode files = m.putArray("attachments");
            attachments.forEach((fileName, url) -> {
                ObjectNode a = files.addObject();
                a.put("id", nextId());
                a.put("filename", fileName);
                a.put("size", cdn.get(java.net.URI.create(url).getPath()).length);
                a.put("url", url);
                a.put("proxy_url", url);
                a.put("content_type", "application/octet-stream");
            });
            data.putObject("resolved").putObject("messages").set(messageId, m);
            return this;
        }

        /** A button press on a message the bot sent, with its custom id. */
        public Interaction button(String customId) {
            data.put("custom_id", customId);
            data.put("component_type", 2);
            payload.set("message", message(CHANNEL, JSON.createObjectNode().put("content", "prompt")));
            return this;
        }

        /** A button press on message {@code messageId} (as the channel shows it now), with its custom id. */
        public Interaction button(String customId, String messageId) {
            data.put("custom_id", customId);
            data.put("component_type", 2);
            on(messageId);
            return this;
        }

        /** A select-menu pick on message {@code messageId}. */
        public Interaction select(String customId, String value, String messageId) {
            data.put("custom_id", customId);
            data.put("component_type", 3);
            data.putArray("values").add(value);
            on(messageId);
            return this;
        }

        /** A modal submitted from a button of message {@code messageId}, with one text input. */
        public Interaction modal(String customId, String inputId, String value, String messageId) {
            modal(customId, inputId, value);
            on(messageId);
            return this;
        }

        private void on(String messageId) {
            ObjectNode m = messages.get(messageId);
            if (m == null) {
                throw new IllegalArgumentException("channel shows no message " + messageId);
            }
            payload.set("message", m.deepCopy());
        }

        /** A select-menu pick. */
        public Interaction select(String customId, String value) {
            data.put("custom_id", customId);
            data.put("component_type", 3);
            data.putArray("values").add(value);
            payload.set("message", message(CHANNEL, JSON.createObjectNode().put("content", "prompt")));
            return this;
        }

        /** A modal submitted with one text input. */
        public Interaction modal(String customId, String inputId, String value) {
            data.put("custom_id", customId);
            ObjectNode label = data.putArray("components").addObject();
            label.put("type", 18);
            label.put("id", 1);
            ObjectNode input = label.putObject("component");
            input.put("type", 4);
            input.put("id", 2);
            input.put("custom_id", inputId);
            input.put("value", value);
            return this;
        }

        /** Moves it to the staff channel of a guild added with {@link #withGuild}. */
        public Interaction inGuild(String guildId) {
            String channelId = channelOf(guildId);
            payload.put("guild_id", guildId);
            ((ObjectNode) payload.get("guild")).put("id", guildId);
            payload.put("channel_id", channelId);
            ((ObjectNode) payload.get("channel")).put("id", channelId).put("guild_id", guildId);
            payload.putObject("authorizing_integration_owners").put("0", guildId);
            if (data.has("guild_id")) {
                data.put("guild_id", guildId);
            }
            return this;
        }

        /** Moves it to another channel of the guild. */
        public Interaction in(String channelId) {
            payload.put("channel_id", channelId);
            ((ObjectNode) payload.get("channel")).put("id", channelId);
            return this;
        }

        /** Moves it into a public thread of {@link #CHANNEL}, one the bot has not seen before. */
        public Interaction inThread(String threadId) {
            payload.put("channel_id", threadId);
            ObjectNode thread = payload.putObject("channel");
            thread.put("id", threadId);
            thread.put("type", 11);
            thread.put("guild_id", GUILD);
            thread.put("parent_id", CHANNEL);
            thread.put("name", "order 8123");
            thread.put("owner_id", "2001");
            thread.put("member_count", 2);
            thread.put("message_count", 3);
            thread.put("total_message_sent", 3);
            thread.put("flags", 0);
            thread.put("rate_limit_per_user", 0);
            ObjectNode meta = thread.putObject("thread_metadata");
            meta.put("archived", false);
            meta.put("auto_archive_duration", 1440);
            meta.put("archive_timestamp", "2026-03-02T08:00:00.000000+00:00");
            meta.put("locked", false);
            meta.put("create_timestamp", "2026-03-02T08:00:00.000000+00:00");
            return this;
        }

        /** Sends it over the gateway. */
        public Interaction send() {
            sentNanos = System.nanoTime();
            if (payload.has("message")) {
                pressedMessages.put(id, payload.path("message").path("id").asText());
            }
            FakeDiscord.this.send("INTERACTION_CREATE", payload);
            return this;
        }

        /** When it was written to the gateway (System.nanoTime). */
        public long sentNanos() {
            return sentNanos;
        }
    }

    /** A member writes a plain message in a channel (MESSAGE_CREATE). */
    public void postMessage(Person who, String channelId, String content) {
        ObjectNode m = JSON.createObjectNode();
        m.put("id", nextId());
        m.put("channel_id", channelId);
        m.put("guild_id", GUILD);
        m.put("type", 0);
        m.put("content", content);
        putUser(m.putObject("author"), who);
        putMembership(m.putObject("member"), who.roleIds());
        m.put("timestamp", Instant.now().toString());
        m.putNull("edited_timestamp");
        m.put("tts", false);
        m.put("mention_everyone", false);
        m.putArray("mentions");
        m.putArray("mention_roles");
        m.putArray("attachments");
        m.putArray("embeds");
        m.putArray("components");
        m.put("pinned", false);
        m.put("flags", 0);
        send("MESSAGE_CREATE", m);
    }

    // ---------------------------------------------------------------- what the bot did

    /** One REST call the bot made; {@code path} without the "/api/v10" prefix. */
    public record RestCall(String method, String path, String query, JsonNode body, long receivedNanos) {
        /** The message content sent, for message-bearing calls (callbacks carry it in "data"). */
        public JsonNode message() {
            if (body == null) {
                return null;
            }
            return path.endsWith("/callback") ? body.path("data") : body;
        }
    }

    public List<RestCall> calls() {
        return new ArrayList<>(calls);
    }

    public List<RestCall> calls(Predicate<RestCall> which) {
        return calls.stream().filter(which).toList();
    }

    /** Calls answering interaction {@code i}: its callback, follow-ups and edits, in order. */
    public List<RestCall> answersTo(Interaction i) {
        return calls(c -> c.path().contains("/" + i.token));
    }

    public List<JsonNode> gatewayFrames() {
        return new ArrayList<>(gatewayFrames);
    }

    public int identifies() {
        return identifies.get();
    }

    public int resumes() {
        return resumes.get();
    }

    public int connections() {
        return connections.get();
    }

    private static String commandId(String name) {
        return Long.toString(100 + Math.abs((long) name.hashCode()));
    }

    /** A fresh snowflake, dated now (JDA reads interaction age from it). */
    public String nextId() {
        long millis = System.currentTimeMillis() - DISCORD_EPOCH;
        return Long.toString((millis << 22) | (ids.incrementAndGet() & 0x3FFFFF));
    }

    @Override
    public void close() {
        for (Session session : sessions) {
            session.socket.close(1000, "bye");
        }
        server.close();
    }
}
