package com.disputedesk.telegram.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

/**
 * A local Telegram Bot API for tests, on MockWebServer. It answers what the adapter asks (getMe, deleteWebhook,
 * setMyCommands, getFile, file downloads), holds an empty getUpdates like long polling does, hands out updates a
 * test injects, records every call, and can enforce Telegram's flood limits (answering 429 with retry_after) or
 * play a script of failures (429, 502 with an HTML page, a timeout) on the next calls.
 *
 * <p>Paths match case-insensitively (the client asks for {@code /bot<token>/sendmessage}). Thread-safe.
 */
public final class FakeBotApi implements AutoCloseable {
    public static final String TOKEN = "123456:TEST-token_abcdefghijklmnopqrstuvwxyz";
    public static final String BOT_USERNAME = "DeskBot";
    public static final long BOT_ID = 123456;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MESSAGE_METHODS = List.of("sendmessage", "editmessagetext", "senddocument");

    private final MockWebServer server = new MockWebServer();
    private final Object lock = new Object();
    private final List<ObjectNode> updates = new ArrayList<>();
    private final Map<Integer, ObjectNode> history = new HashMap<>();
    /** The bot's messages as chats show them now ("chat:message" to the message), for edits. */
    private final Map<String, ObjectNode> botMessages = new HashMap<>();
    /** The members' messages ("chat:message"), which the bot may reply to. */
    private final java.util.Set<String> memberMessages = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final List<Call> calls = new ArrayList<>();
    private final Deque<Fault> sendFaults = new ArrayDeque<>();
    private final Deque<Fault> pollFaults = new ArrayDeque<>();
    private final Deque<Fault> getMeFaults = new ArrayDeque<>();
    private final Map<String, byte[]> files = new HashMap<>();
    /** Users who wrote to the bot in their private chat: Telegram lets a bot write first to no one else. */
    private final java.util.Set<Long> started = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final List<Document> documents = new ArrayList<>();
    private volatile long documentLimit = 50L * 1024 * 1024;
    private final Map<String, Deque<Long>> sentPerChat = new HashMap<>();
    private final Deque<Long> sentGlobal = new ArrayDeque<>();
    private final AtomicInteger nextUpdateId = new AtomicInteger(1000);
    private final AtomicInteger nextMessageId = new AtomicInteger(5000);
    private final AtomicInteger tooManyRequests = new AtomicInteger();
    /** Forum supergroups: their topics by message_thread_id (a group not in here has no topics). */
    private final Map<Long, Map<Integer, Topic>> forums = new HashMap<>();
    private final AtomicInteger nextTopicId = new AtomicInteger(300);
    private volatile Limits limits;
    private volatile long pollHoldMillis = 500;
    private volatile long timeoutDelayMillis = 3000;
    private volatile boolean closed;
    private volatile boolean privacyMode;

    private static final class NoDelayServerSocket extends java.net.ServerSocket {
        NoDelayServerSocket() throws IOException {
            super();
        }

        @Override
        public java.net.Socket accept() throws IOException {
            java.net.Socket socket = super.accept();
            socket.setTcpNoDelay(true);
            return socket;
        }
    }

    /** One recorded Bot API call. */
    public record Call(String method, JsonNode body, long atNanos) {
        public long chatId() {
            return body.path("chat_id").asLong();
        }

        public String text() {
            return body.path("text").asText();
        }
    }

    /** A scripted failure for the next call. */
    public sealed interface Fault permits TooManyRequests, BadGateway, Timeout, BadRequest {
    }

    /** 400: Telegram will not take this call, however often it is tried. */
    public record BadRequest(String description) implements Fault {
    }

    /** 429 with retry_after. */
    public record TooManyRequests(int retryAfterSeconds) implements Fault {
    }

    /** 502 with an HTML page, as a proxy in front of the Bot API sends. */
    public record BadGateway() implements Fault {
    }

    /** No answer until the client gives up (the call is not taken). */
    public record Timeout() implements Fault {
    }

    /**
     * Flood limits to enforce on message calls.
     *
     * @param perChatMinGapMillis least time between two messages to one chat
     * @param perGroupPerMinute   messages per minute to one group (negative chat id)
     * @param globalPerSecond     messages per second overall
     * @param windowSlackMillis   shortens the windows (a lenient server)
     */
    public record Limits(long perChatMinGapMillis, int perGroupPerMinute, int globalPerSecond,
                         long windowSlackMillis) {
        /** Telegram's limits, strictly: 1 message/s per chat, 20/min per group, 30/s overall. */
        public static Limits telegram() {
            return new Limits(1000, 20, 30, 0);
        }
    }

    public FakeBotApi() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                return FakeBotApi.this.dispatch(request);
            }
        });
        // Real Bot API servers answer with Nagle off; without this each answer waits ~40 ms for a delayed ACK.
        server.setServerSocketFactory(new javax.net.ServerSocketFactory() {
            @Override
            public java.net.ServerSocket createServerSocket() throws IOException {
                return new NoDelayServerSocket();
            }

            @Override
            public java.net.ServerSocket createServerSocket(int port) throws IOException {
                NoDelayServerSocket s = new NoDelayServerSocket();
                s.bind(new java.net.InetSocketAddress(port));
                return s;
            }

            @Override
            public java.net.ServerSocket createServerSocket(int port, int backlog) throws IOException {
                NoDelayServerSocket s = new NoDelayServerSocket();
                s.bind(new java.net.InetSocketAddress(port), backlog);
                return s;
            }

            @Override
            public java.net.ServerSocket createServerSocket(int port, int backlog, java.net.InetAddress address)
                    throws IOException {
                NoDelayServerSocket s = new NoDelayServerSocket();
                s.bind(new java.net.InetSocketAddress(address, port), backlog);
                return s;
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The base URL to configure the adapter with. */
    public URI baseUrl() {
        return URI.create("http://" + server.getHostName() + ":" + server.getPort());
    }

    public FakeBotApi enforce(Limits l) {
        this.limits = l;
        return this;
    }

    /**
     * Group privacy mode as BotFather sets it by default: in groups the bot only gets commands, replies to its own
     * messages and messages mentioning it; other group messages never reach it.
     */
    public FakeBotApi privacyMode(boolean on) {
        this.privacyMode = on;
        return this;
    }

    /** How long an empty getUpdates is held (capped by the timeout the client asks for). */
    public FakeBotApi holdPollsFor(long millis) {
        this.pollHoldMillis = millis;
        return this;
    }

    /** How long a scripted {@link Timeout} keeps the client waiting (longer than its read timeout). */
    public FakeBotApi timeoutDelay(long millis) {
        this.timeoutDelayMillis = millis;
        return this;
    }

    /** Faults for the next message calls (sendMessage, editMessageText), in order. */
    public FakeBotApi failNextSends(Fault... faults) {
        synchronized (lock) {
            sendFaults.addAll(List.of(faults));
        }
        return this;
    }

    /** Faults for the next getMe calls (the adapter's first call at start), in order. */
    public FakeBotApi failNextGetMe(Fault... faults) {
        synchronized (lock) {
            getMeFaults.addAll(List.of(faults));
        }
        return this;
    }

    /** Faults for the next getUpdates calls, in order. */
    public FakeBotApi failNextPolls(Fault... faults) {
        synchronized (lock) {
            pollFaults.addAll(List.of(faults));
        }
        return this;
    }

    // ---- injecting updates -------------------------------------------------------------------------------

    /** A text message from a user in a chat; returns its update id, or -1 when privacy mode hides it. */
    public int text(long chatId, long userId, String firstName, String text) {
        if (!seenByBot(chatId, text, null)) {
            return -1;
        }
        return inject(u -> u.set("message", message(chatId, userId, firstName, text, null)));
    }

    /** A text message in a forum topic. */
    public int textInTopic(long chatId, int threadId, long userId, String firstName, String text) {
        synchronized (lock) {
            forums.computeIfAbsent(chatId, k -> new HashMap<>()).putIfAbsent(threadId, new Topic("Topic", false));
        }
        return inject(u -> {
            ObjectNode m = message(chatId, userId, firstName, text, null);
            m.put("message_thread_id", threadId);
            m.put("is_topic_message", true);
            u.set("message", m);
        });
    }

    /** A text message answering an earlier message (force_reply answers look like this). */
    public int replyTo(long chatId, long userId, String firstName, String text, JsonNode repliedMessage) {
        if (!seenByBot(chatId, text, repliedMessage)) {
            return -1;
        }
        return inject(u -> u.set("message", message(chatId, userId, firstName, text, repliedMessage)));
    }

    /** A press of an inline button on a message the bot sent. */
    public int press(long userId, String firstName, JsonNode botMessage, String callbackData) {
        return inject(u -> {
            ObjectNode q = u.putObject("callback_query");
            q.put("id", "cbq-" + u.get("update_id").asInt());
            q.set("from", user(userId, firstName));
            q.set("message", botMessage);
            q.put("chat_instance", "ci-" + botMessage.path("chat").path("id").asLong());
            q.put("data", callbackData);
        });
    }

    /** A photo with a caption; the bytes are served through getFile and /file/bot.../path. */
    public int photo(long chatId, long userId, String firstName, byte[] bytes, String caption,
                     JsonNode repliedMessage) {
        String fileId = "photo-" + nextUpdateId.get();
        files.put(fileId, bytes);
        return inject(u -> {
            ObjectNode m = message(chatId, userId, firstName, null, repliedMessage);
            ArrayNode sizes = m.putArray("photo");
            ObjectNode small = sizes.addObject();
            small.put("file_id", fileId + "-small").put("file_unique_id", "s" + fileId).put("width", 90)
                    .put("height", 90).put("file_size", bytes.length / 10);
            ObjectNode big = sizes.addObject();
            big.put("file_id", fileId).put("file_unique_id", "U" + fileId).put("width", 1280).put("height", 960)
                    .put("file_size", bytes.length);
            if (caption != null) {
                m.put("caption", caption);
            }
            u.set("message", m);
        });
    }

    /** A document whose declared size may differ from its bytes (Telegram states file_size up front). */
    public int document(long chatId, long userId, String firstName, String fileName, byte[] bytes, long declaredSize,
                        String caption) {
        String fileId = "doc-" + nextUpdateId.get();
        files.put(fileId, bytes);
        return inject(u -> {
            ObjectNode m = message(chatId, userId, firstName, null, null);
            ObjectNode d = m.putObject("document");
            d.put("file_id", fileId).put("file_unique_id", "u" + fileId).put("file_name", fileName)
                    .put("mime_type", "application/pdf").put("file_size", declaredSize);
            if (caption != null) {
                m.put("caption", caption);
            }
            u.set("message", m);
        });
    }

    /** The update as Telegram would post it to a webhook (not queued for getUpdates). */
    public String webhookUpdate(long chatId, long userId, String firstName, String text) {
        ObjectNode u = JSON.createObjectNode();
        u.put("update_id", nextUpdateId.getAndIncrement());
        u.set("message", message(chatId, userId, firstName, text, null));
        return u.toString();
    }

    /** Queues the same update again (Telegram re-sends when a confirmation was lost). */
    public void redeliver(int updateId) {
        synchronized (lock) {
            ObjectNode sent = history.get(updateId);
            if (sent == null) {
                throw new IllegalArgumentException("no update " + updateId + " was injected");
            }
            ObjectNode again = sent.deepCopy();
            updates.add(again);
            lock.notifyAll();
        }
    }

    private boolean seenByBot(long chatId, String text, JsonNode replied) {
        if (!privacyMode || chatId > 0) {
            return true;
        }
        return text.startsWith("/") || text.contains("@" + BOT_USERNAME)
                || replied != null && replied.path("from").path("is_bot").asBoolean();
    }

    private int inject(java.util.function.Consumer<ObjectNode> fill) {
        ObjectNode u = JSON.createObjectNode();
        int id = nextUpdateId.getAndIncrement();
        u.put("update_id", id);
        fill.accept(u);
        synchronized (lock) {
            updates.add(u);
            history.put(id, u);
            lock.notifyAll();
        }
        return id;
    }

    private ObjectNode message(long chatId, long userId, String firstName, String text, JsonNode replied) {
        if (chatId == userId) {
            started.add(userId);
        }
        ObjectNode m = JSON.createObjectNode();
        m.put("message_id", nextMessageId.getAndIncrement());
        memberMessages.add(chatId + ":" + m.path("message_id").asInt());
        m.put("date", 1_772_438_400);
        m.set("chat", chat(chatId));
        m.set("from", user(userId, firstName));
        if (text != null) {
            m.put("text", text);
            if (text.startsWith("/")) {
                int end = text.indexOf(' ');
                ArrayNode entities = m.putArray("entities");
                entities.addObject().put("type", "bot_command").put("offset", 0)
                        .put("length", end < 0 ? text.length() : end);
            }
        }
        if (replied != null) {
            m.set("reply_to_message", replied);
        }
        return m;
    }

    private ObjectNode chat(long chatId) {
        ObjectNode c = JSON.createObjectNode();
        c.put("id", chatId);
        if (chatId < 0) {
            c.put("type", "supergroup").put("title", "Support team");
            synchronized (lock) {
                if (forums.containsKey(chatId)) {
                    c.put("is_forum", true);
                }
            }
        } else {
            c.put("type", "private").put("first_name", "Member");
        }
        return c;
    }

    private static ObjectNode user(long userId, String firstName) {
        ObjectNode u = JSON.createObjectNode();
        u.put("id", userId).put("is_bot", false).put("first_name", firstName);
        return u;
    }

    // ---- what the bot did -------------------------------------------------------------------------------

    public List<Call> calls() {
        synchronized (lock) {
            return List.copyOf(calls);
        }
    }

    public List<Call> calls(String method) {
        String m = method.toLowerCase(Locale.ROOT);
        return calls().stream().filter(c -> c.method().equals(m)).toList();
    }

    /** The sendMessage calls to one chat, in order. */
    public List<Call> sentTo(long chatId) {
        return calls("sendMessage").stream().filter(c -> c.chatId() == chatId).toList();
    }

    /**
     * What the chat was shown, in order: every message sent and every edit taken, each with the message as it
     * looked right after (in {@code result_message}).
     */
    public List<Call> shownTo(long chatId) {
        return calls().stream().filter(c -> (c.method().equals("sendmessage") || c.method().equals("editmessagetext"))
                && c.chatId() == chatId).toList();
    }

    /** The texts sent to one chat, in order. */
    public List<String> textsTo(long chatId) {
        return sentTo(chatId).stream().map(Call::text).toList();
    }

    public List<Call> matching(Predicate<Call> p) {
        return calls().stream().filter(p).toList();
    }

    /** The message the bot last sent to a chat, as Telegram would hand it back in a callback or a reply. */
    public JsonNode lastMessageTo(long chatId) {
        List<Call> sent = sentTo(chatId);
        if (sent.isEmpty()) {
            throw new AssertionError("nothing was sent to chat " + chatId);
        }
        return sent.get(sent.size() - 1).body().path("result_message");
    }

    /**
     * The bot's message as the chat shows it now (after any edits), as Telegram hands it back in a callback or a
     * reply; fails when there is no such message.
     */
    public JsonNode shownMessage(long chatId, int messageId) {
        synchronized (lock) {
            ObjectNode m = botMessages.get(chatId + ":" + messageId);
            if (m == null) {
                throw new AssertionError("chat " + chatId + " shows no bot message " + messageId);
            }
            return m.deepCopy();
        }
    }

    /** A member (or an admin) deletes the bot's message: editing it from now on fails as Telegram's does. */
    public void deleteMessage(long chatId, int messageId) {
        synchronized (lock) {
            botMessages.remove(chatId + ":" + messageId);
        }
    }

    /** The inline keyboard a message or a call carries; none and an empty one are the same. */
    private static JsonNode keyboardOf(JsonNode messageOrCall) {
        JsonNode k = messageOrCall.path("reply_markup").path("inline_keyboard");
        return k.isMissingNode() || k.isNull() || k.isEmpty() ? JSON.createArrayNode() : k;
    }

    /** How many 429s the limits caused (not counting scripted ones). */
    public int tooManyRequests() {
        return tooManyRequests.get();
    }

    /** getUpdates calls being answered right now (at most one: a second gets 409). */
    private int pollsInFlight;
    /** Updates not yet confirmed by a getUpdates offset. */
    public int unconfirmed() {
        synchronized (lock) {
            return updates.size();
        }
    }

    // ---- forum topics ------------------------------------------------------------------------------------

    /** A forum topic: its name and whether it is closed. */
    public record Topic(String name, boolean closed) {
    }

    /** Makes {@code chatId} a forum supergroup (topics switched on): createForumTopic works there. */
    public FakeBotApi forum(long chatId) {
        synchronized (lock) {
            forums.computeIfAbsent(chatId, k -> new HashMap<>());
        }
        return this;
    }

    /** The topics of a forum, by message_thread_id. */
    public Map<Integer, Topic> topics(long chatId) {
        synchronized (lock) {
            return Map.copyOf(forums.getOrDefault(chatId, Map.of()));
        }
    }

    /** A member deletes a topic with its messages: later calls naming it get "message thread not found". */
    public void deleteTopic(long chatId, int threadId) {
        synchronized (lock) {
            forums.getOrDefault(chatId, new HashMap<>()).remove(threadId);
        }
    }

    /** A text message in a forum topic, with a photo or a document as Telegram sends them. */
    public int fileInTopic(long chatId, int threadId, long userId, String firstName, String fileName, byte[] bytes) {
        String fileId = "file-" + nextUpdateId.get();
        synchronized (lock) {
            files.put(fileId, bytes);
        }
        return inject(u -> {
            ObjectNode m = message(chatId, userId, firstName, null, null);
            m.remove("text");
            m.put("message_thread_id", threadId);
            m.put("is_topic_message", true);
            m.putObject("document").put("file_id", fileId).put("file_unique_id", "u" + fileId)
                    .put("file_name", fileName).put("mime_type", "image/jpeg").put("file_size", bytes.length);
            u.set("message", m);
        });
    }

    /**
     * createForumTopic as Telegram answers it: only in a forum supergroup (else 400 "the chat is not a forum"), a
     * name of 1-128 characters; the new topic's ForumTopic.
     */
    private MockResponse createForumTopic(JsonNode body) {
        long chatId = body.path("chat_id").asLong();
        String name = body.path("name").asText("");
        synchronized (lock) {
            Map<Integer, Topic> topics = forums.get(chatId);
            if (topics == null) {
                record("refused:createforumtopic", body);
                return error(400, "Bad Request: the chat is not a forum");
            }
            int length = name.codePointCount(0, name.length());
            if (length < 1 || name.length() > 128) {
                record("refused:createforumtopic", body);
                return error(400, "Bad Request: TOPIC_NAME_INVALID");
            }
            int id = nextTopicId.getAndIncrement();
            topics.put(id, new Topic(name, false));
            record("createforumtopic", body);
            return ok(JSON.createObjectNode().put("message_thread_id", id).put("name", name)
                    .put("icon_color", 7322096));
        }
    }

    /** closeForumTopic / reopenForumTopic: the topic must exist, and not be closed (opened) already. */
    private MockResponse openOrCloseTopic(String method, JsonNode body) {
        long chatId = body.path("chat_id").asLong();
        int threadId = body.path("message_thread_id").asInt();
        boolean close = method.equals("closeforumtopic");
        synchronized (lock) {
            Map<Integer, Topic> topics = forums.get(chatId);
            if (topics == null) {
                record("refused:" + method, body);
                return error(400, "Bad Request: the chat is not a forum");
            }
            Topic topic = topics.get(threadId);
            if (topic == null) {
                record("refused:" + method, body);
                return error(400, "Bad Request: message thread not found");
            }
            if (topic.closed() == close) {
                record("refused:" + method, body);
                return error(400, "Bad Request: TOPIC_NOT_MODIFIED");
            }
            topics.put(threadId, new Topic(topic.name(), close));
            record(method, body);
            return ok(JSON.getNodeFactory().booleanNode(true));
        }
    }

    /** Why a message may not go to topic {@code threadId} of {@code chatId}, or null when it may. */
    private String topicRefusal(long chatId, int threadId) {
        synchronized (lock) {
            Map<Integer, Topic> topics = forums.get(chatId);
            Topic topic = topics == null ? null : topics.get(threadId);
            if (topic == null) {
                return "Bad Request: message thread not found";
            }
            return topic.closed() ? "Bad Request: TOPIC_CLOSED" : null;
        }
    }

    // ---- the server --------------------------------------------------------------------------------------

    private MockResponse dispatch(RecordedRequest request) throws InterruptedException {
        String path = request.getUrl().encodedPath();
        String lower = path.toLowerCase(Locale.ROOT);
        String filePrefix = "/file/bot" + TOKEN.toLowerCase(Locale.ROOT) + "/";
        if (lower.startsWith(filePrefix)) {
            return file(path.substring(filePrefix.length()));
        }
        String botPrefix = "/bot" + TOKEN.toLowerCase(Locale.ROOT) + "/";
        if (!lower.startsWith(botPrefix)) {
            return error(401, "Unauthorized");
        }
        String method = lower.substring(botPrefix.length());
        if (method.equals("senddocument")) {
            return sendDocument(request);
        }
        JsonNode body = body(request);
        switch (method) {
            case "getme":
                synchronized (lock) {
                    Fault fault = getMeFaults.pollFirst();
                    if (fault != null) {
                        return faultResponse(fault);
                    }
                }
                return ok(JSON.createObjectNode().put("id", BOT_ID).put("is_bot", true).put("first_name", "Desk")
                        .put("username", BOT_USERNAME));
            case "deletewebhook":
            case "setwebhook":
                record(method, body);
                return ok(JSON.getNodeFactory().booleanNode(true));
            case "setmycommands":
                return setMyCommands(body);
            case "getupdates":
                return getUpdates(body);
            case "getfile":
                return getFile(body);
            case "answercallbackquery":
                record(method, body);
                return ok(JSON.getNodeFactory().booleanNode(true));
            case "pinchatmessage":
                record(method, body);
                return ok(JSON.getNodeFactory().booleanNode(true));
            case "createforumtopic":
                return createForumTopic(body);
            case "closeforumtopic":
            case "reopenforumtopic":
                return openOrCloseTopic(method, body);
            default:
                if (MESSAGE_METHODS.contains(method)) {
                    return messageCall(method, body);
                }
                return error(404, "Not Found: method " + method);
        }
    }

    /**
     * sendDocument as Telegram takes it: a multipart form whose {@code document} part is the file. A file over
     * {@link #documentLimit(long)} (Telegram's 50 MB) is refused with 413 and not kept; a taken one is kept with
     * its bytes ({@link #documents()}).
     */
    private MockResponse sendDocument(RecordedRequest request) {
        String contentType = request.getHeaders().get("Content-Type");
        if (contentType == null || !contentType.startsWith("multipart/form-data")) {
            return error(400, "Bad Request: sendDocument takes a multipart form");
        }
        ObjectNode fields = JSON.createObjectNode();
        String fileName = null;
        byte[] bytes = null;
        String boundary = contentType.replaceFirst(".*boundary=\"?([^\";]+)\"?.*", "$1");
        byte[] form = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
        try (okhttp3.MultipartReader reader = new okhttp3.MultipartReader(new Buffer().write(form), boundary)) {
            for (okhttp3.MultipartReader.Part next = reader.nextPart(); next != null; next = reader.nextPart()) {
                try (okhttp3.MultipartReader.Part part = next) {
                    String disposition = part.headers().get("Content-Disposition");
                    java.util.regex.Matcher name = java.util.regex.Pattern.compile("name=\"([^\"]*)\"")
                            .matcher(disposition == null ? "" : disposition);
                    java.util.regex.Matcher file = java.util.regex.Pattern.compile("filename=\"([^\"]*)\"")
                            .matcher(disposition == null ? "" : disposition);
                    if (!name.find()) {
                        continue;
                    }
                    if (file.find()) {
                        fileName = file.group(1);
                        bytes = part.body().readByteArray();
                        fields.put(name.group(1), fileName);
                    } else {
                        fields.put(name.group(1), part.body().readUtf8());
                    }
                }
            }
        } catch (IOException e) {
            return error(400, "Bad Request: unreadable multipart form: " + e.getMessage());
        }
        if (bytes == null) {
            record("refused:senddocument", fields);
            return error(400, "Bad Request: there is no document in the request");
        }
        if (bytes.length > documentLimit) {
            record("refused:senddocument", fields.put("size", bytes.length));
            return error(413, "Request Entity Too Large");
        }
        MockResponse response = messageCall("senddocument", fields);
        if (response.getCode() == 200) {
            synchronized (lock) {
                documents.add(new Document(fields.path("chat_id").asLong(), fileName, bytes));
                lock.notifyAll();
            }
        }
        return response;
    }

    /** A file Telegram took with sendDocument. */
    public record Document(long chatId, String fileName, byte[] bytes) {
    }

    /** Every document taken, in order. */
    public List<Document> documents() {
        synchronized (lock) {
            return List.copyOf(documents);
        }
    }

    /** The largest document taken (Telegram's Bot API: 50 MB); larger ones are refused with 413. */
    public FakeBotApi documentLimit(long bytes) {
        this.documentLimit = bytes;
        return this;
    }

    /**
     * Refuses a command menu the way Telegram does: at most 100 commands, each named by 1-32 lower-case letters,
     * digits or underscores, described in 1-256 characters, and a two-letter language code when one is given.
     */
    private MockResponse setMyCommands(JsonNode body) {
        JsonNode commands = body.path("commands");
        if (!commands.isArray() || commands.size() > 100) {
            return error(400, "Bad Request: too many commands");
        }
        for (JsonNode c : commands) {
            if (!c.path("command").asText("").matches("[a-z0-9_]{1,32}")) {
                return error(400, "Bad Request: BOT_COMMAND_INVALID");
            }
            int length = c.path("description").asText("").codePointCount(0, c.path("description").asText("").length());
            if (length < 1 || length > 256) {
                return error(400, "Bad Request: command description must be 1-256 characters");
            }
        }
        if (body.has("language_code") && !body.path("language_code").asText().matches("[a-z]{2}")) {
            return error(400, "Bad Request: LANG_CODE_INVALID");
        }
        record("setmycommands", body);
        return ok(JSON.getNodeFactory().booleanNode(true));
    }

    private MockResponse messageCall(String method, JsonNode body) {
        Fault fault;
        synchronized (lock) {
            fault = sendFaults.pollFirst();
        }
        if (fault != null) {
            record("faulted:" + method, body);
            return faultResponse(fault);
        }
        long chatId = body.path("chat_id").asLong();
        if (body.has("message_thread_id")) {
            String refused = topicRefusal(chatId, body.path("message_thread_id").asInt());
            if (refused != null) {
                record("refused:" + method, body);
                return error(400, refused);
            }
        }
        String shown = body.path("text").asText(null);
        if (shown != null && "HTML".equals(body.path("parse_mode").asText())) {
            shown = parseHtml(shown);
            if (shown == null) {
                record("refused:" + method, body);
                return error(400, "Bad Request: can't parse entities");
            }
        }
        if (shown != null && (shown.isEmpty() || shown.length() > 4096)) {
            record("refused:" + method, body);
            return error(400, "Bad Request: message text is empty or too long");
        }
        // a private chat's id is its user's; the bot may write there only after the user did
        if (chatId > 0 && !started.contains(chatId)) {
            record("refused:" + method, body);
            return error(403, "Forbidden: bot can't initiate conversation with a user");
        }
        // Telegram takes callback_data of 1 to 64 bytes only
        for (JsonNode row : body.path("reply_markup").path("inline_keyboard")) {
            for (JsonNode button : row) {
                int bytes = button.path("callback_data").asText("").getBytes(StandardCharsets.UTF_8).length;
                if (button.has("callback_data") && (bytes < 1 || bytes > 64)) {
                    record("refused:" + method, body);
                    return error(400, "Bad Request: BUTTON_DATA_INVALID");
                }
            }
        }
        synchronized (lock) {
            long now = System.nanoTime();
            // a reply to a message the chat does not have is refused unless the call allows sending without it
            JsonNode replyTo = body.path("reply_parameters");
            if (method.equals("sendmessage") && replyTo.has("message_id")
                    && !replyTo.path("allow_sending_without_reply").asBoolean(false)) {
                String replied = body.path("reply_parameters").path("chat_id").asLong(chatId) + ":"
                        + replyTo.path("message_id").asInt();
                if (!botMessages.containsKey(replied) && !memberMessages.contains(replied)) {
                    calls.add(new Call("refused:" + method, body, now));
                    return error(400, "Bad Request: message to be replied not found");
                }
            }
            if (method.equals("editmessagetext")) {
                ObjectNode current = botMessages.get(chatId + ":" + body.path("message_id").asInt());
                if (current == null) {
                    calls.add(new Call("refused:" + method, body, now));
                    return error(400, "Bad Request: message to edit not found");
                }
                if (current.path("text").asText().equals(shown) && keyboardOf(current).equals(keyboardOf(body))) {
                    calls.add(new Call("refused:" + method, body, now));
                    return error(400, "Bad Request: message is not modified: specified new message content and "
                            + "reply markup are exactly the same as a current content and reply markup of the message");
                }
            }
            Limits l = limits;
            if (l != null) {
                int retryAfter = overLimit(l, chatId, now);
                if (retryAfter > 0) {
                    tooManyRequests.incrementAndGet();
                    calls.add(new Call("limited:" + method, body, now));
                    return tooMany(retryAfter);
                }
                sentPerChat.computeIfAbsent(String.valueOf(chatId), k -> new ArrayDeque<>()).addLast(now);
                sentGlobal.addLast(now);
            }
            ObjectNode result = JSON.createObjectNode();
            int messageId = method.equals("editmessagetext") ? body.path("message_id").asInt()
                    : nextMessageId.getAndIncrement();
            result.put("message_id", messageId);
            result.put("date", 1_772_438_400);
            result.set("chat", chat(chatId));
            result.set("from", JSON.createObjectNode().put("id", BOT_ID).put("is_bot", true)
                    .put("first_name", "Desk").put("username", BOT_USERNAME));
            if (shown != null) {
                result.put("text", shown);
            }
            if (body.has("reply_markup") && body.get("reply_markup").has("inline_keyboard")) {
                result.set("reply_markup", body.get("reply_markup"));
            }
            if (method.equals("sendmessage") && replyTo.has("message_id")) {
                ObjectNode replied = botMessages.get(chatId + ":" + replyTo.path("message_id").asInt());
                if (replied != null) {
                    result.set("reply_to_message", replied.deepCopy());
                } else if (memberMessages.contains(chatId + ":" + replyTo.path("message_id").asInt())) {
                    result.set("reply_to_message", JSON.createObjectNode()
                            .put("message_id", replyTo.path("message_id").asInt()));
                }
            }
            if (body.has("message_thread_id")) {
                result.put("message_thread_id", body.get("message_thread_id").asInt());
                result.put("is_topic_message", true);
            }
            if (method.equals("editmessagetext")) {
                ObjectNode before = botMessages.get(chatId + ":" + messageId);
                result.set("date", before.get("date"));
                if (before.has("message_thread_id")) {
                    result.set("message_thread_id", before.get("message_thread_id"));
                    result.put("is_topic_message", true);
                }
            }
            botMessages.put(chatId + ":" + messageId, result);
            ObjectNode recorded = body.isObject() ? ((ObjectNode) body).deepCopy() : JSON.createObjectNode();
            recorded.set("result_message", result);
            calls.add(new Call(method, recorded, now));
            lock.notifyAll();
            return ok(result);
        }
    }

    /** Seconds to wait when a message now would break a limit, else 0. Caller holds the lock. */
    private int overLimit(Limits l, long chatId, long now) {
        Deque<Long> chat = sentPerChat.computeIfAbsent(String.valueOf(chatId), k -> new ArrayDeque<>());
        long slack = TimeUnit.MILLISECONDS.toNanos(l.windowSlackMillis());
        trim(chat, now, TimeUnit.MINUTES.toNanos(1) - slack);
        trim(sentGlobal, now, TimeUnit.SECONDS.toNanos(1) - slack);
        if (!chat.isEmpty() && now - chat.peekLast() < TimeUnit.MILLISECONDS.toNanos(l.perChatMinGapMillis())) {
            return 1;
        }
        if (chatId < 0 && chat.size() >= l.perGroupPerMinute()) {
            return (int) Math.max(1, TimeUnit.NANOSECONDS.toSeconds(chat.peekFirst() + TimeUnit.MINUTES.toNanos(1)
                    - now) + 1);
        }
        if (sentGlobal.size() >= l.globalPerSecond()) {
            return 1;
        }
        return 0;
    }

    private static void trim(Deque<Long> window, long now, long span) {
        while (!window.isEmpty() && now - window.peekFirst() >= span) {
            window.pollFirst();
        }
    }

    private MockResponse getUpdates(JsonNode body) throws InterruptedException {
        Fault fault;
        synchronized (lock) {
            fault = pollFaults.pollFirst();
        }
        if (fault != null) {
            record("faulted:getupdates", body);
            return faultResponse(fault);
        }
        synchronized (lock) {
            if (pollsInFlight > 0) {
                // Telegram serves one poller per bot: a second one at the same time is refused.
                record("conflict:getupdates", body);
                return error(409, "Conflict: terminated by other getUpdates request; make sure that only one bot"
                        + " instance is running");
            }
            pollsInFlight++;
        }
        try {
            return heldPoll(body);
        } finally {
            synchronized (lock) {
                pollsInFlight--;
            }
        }
    }

    private MockResponse heldPoll(JsonNode body) throws InterruptedException {
        long offset = body.path("offset").asLong(0);
        int limit = body.path("limit").asInt(100);
        long waitMillis = Math.min(pollHoldMillis, body.path("timeout").asLong(0) * 1000);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(waitMillis);
        synchronized (lock) {
            calls.add(new Call("getupdates", body, System.nanoTime()));
            // Asking with an offset confirms every update before it: Telegram forgets them.
            updates.removeIf(u -> u.get("update_id").asLong() < offset);
            while (updates.isEmpty() && !closed) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, left);
            }
            ArrayNode result = JSON.createArrayNode();
            updates.stream().limit(limit).forEach(result::add);
            return ok(result);
        }
    }

    private MockResponse getFile(JsonNode body) {
        String fileId = body.path("file_id").asText();
        record("getfile", body);
        byte[] bytes = files.get(fileId);
        if (bytes == null) {
            return error(400, "Bad Request: invalid file_id");
        }
        ObjectNode f = JSON.createObjectNode();
        f.put("file_id", fileId).put("file_unique_id", "u" + fileId).put("file_size", bytes.length)
                .put("file_path", "documents/" + fileId + ".bin");
        return ok(f);
    }

    private MockResponse file(String path) {
        record("download", JSON.createObjectNode().put("path", path));
        String fileId = path.replaceFirst("^documents/", "").replaceFirst("\\.bin$", "");
        byte[] bytes = files.get(fileId);
        if (bytes == null) {
            return new MockResponse.Builder().code(404).body("not found").build();
        }
        return new MockResponse.Builder().code(200).body(new Buffer().write(bytes)).build();
    }

    private MockResponse faultResponse(Fault fault) {
        if (fault instanceof TooManyRequests t) {
            return tooMany(t.retryAfterSeconds());
        }
        if (fault instanceof BadRequest b) {
            return error(400, "Bad Request: " + b.description());
        }
        if (fault instanceof BadGateway) {
            return new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html")
                    .body("<html><body><h1>502 Bad Gateway</h1></body></html>").build();
        }
        return new MockResponse.Builder().code(200).headersDelay(timeoutDelayMillis, TimeUnit.MILLISECONDS)
                .body("{\"ok\":false,\"error_code\":504,\"description\":\"too late\"}").build();
    }

    private void record(String method, JsonNode body) {
        synchronized (lock) {
            calls.add(new Call(method, body, System.nanoTime()));
            lock.notifyAll();
        }
    }

    private static final java.util.regex.Pattern TAG = java.util.regex.Pattern.compile(
            "</?(b|strong|i|em|u|ins|s|strike|del|code|pre|blockquote|tg-spoiler)>|<a href=\"[^\"<>]*\">|</a>");
    private static final java.util.regex.Pattern ENTITY = java.util.regex.Pattern.compile("&(lt|gt|amp|quot);");

    /** The text a client shows for Telegram HTML, or null where Telegram would refuse to parse it. */
    static String parseHtml(String html) {
        String text = TAG.matcher(html).replaceAll("");
        if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
            return null;
        }
        String noEntities = ENTITY.matcher(text).replaceAll("");
        if (noEntities.indexOf('&') >= 0) {
            return null;
        }
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    }

    private static JsonNode body(RecordedRequest request) {
        if (request.getBody() == null || request.getBody().size() == 0) {
            return JSON.createObjectNode();
        }
        String contentType = request.getHeaders().get("Content-Type");
        if (contentType != null && contentType.startsWith("multipart/")) {
            return multipart(request.getBody().utf8(), contentType);
        }
        try {
            return JSON.readTree(request.getBody().utf8());
        } catch (IOException e) {
            return JSON.createObjectNode().put("unparsed", request.getBody().utf8());
        }
    }

    /** The text fields of a multipart form (sendDocument), enough to check where a file went. */
    private static JsonNode multipart(String body, String contentType) {
        ObjectNode out = JSON.createObjectNode();
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("name=\"([a-z_]+)\"(?:; filename=\"([^\"]*)\")?[^\\r\\n]*\\r\\n(?:[^\\r\\n]+\\r\\n)*\\r\\n"
                        + "([^\\r\\n]*)")
                .matcher(body);
        while (m.find()) {
            out.put(m.group(1), m.group(2) != null ? m.group(2) : m.group(3));
        }
        return out;
    }

    private static MockResponse ok(JsonNode result) {
        ObjectNode r = JSON.createObjectNode();
        r.put("ok", true);
        r.set("result", result);
        return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body(r.toString()).build();
    }

    private static MockResponse tooMany(int retryAfter) {
        ObjectNode r = JSON.createObjectNode();
        r.put("ok", false).put("error_code", 429).put("description", "Too Many Requests: retry after " + retryAfter);
        r.putObject("parameters").put("retry_after", retryAfter);
        return new MockResponse.Builder().code(429).addHeader("Content-Type", "application/json")
                .body(r.toString()).build();
    }

    private static MockResponse error(int code, String description) {
        ObjectNode r = JSON.createObjectNode();
        r.put("ok", false).put("error_code", code).put("description", description);
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json")
                .body(r.toString()).build();
    }

    @Override
    public void close() {
        closed = true;
        synchronized (lock) {
            lock.notifyAll();
        }
        server.close();
    }
}
