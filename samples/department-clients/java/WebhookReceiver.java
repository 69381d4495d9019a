import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A department system's webhook receiver: trusts a notice only if its signature and timestamp check out and its body
 * keeps the published contract, and handles each delivery once. Answers 204 when handled (or already handled), 401 when
 * the signature or timestamp is wrong, 400 when the body breaks the contract.
 *
 * <p>Settings (environment): JINNING_WEBHOOK_SECRET (required: shown when the office registered your address),
 * JINNING_WEBHOOK_PORT (8090), JINNING_GATEWAY (http://localhost:8080), JINNING_SEEN_FILE (seen-webhook.txt),
 * JINNING_MAX_AGE_SECONDS (300).
 */
public final class WebhookReceiver {
    static byte[] secret;
    static long maxAge;
    static JsonNode schema;
    static SeenIds seen;

    public static void main(String[] args) throws Exception {
        String key = Subscriber.env("JINNING_WEBHOOK_SECRET", "");
        if (key.isEmpty()) {
            System.err.println("JINNING_WEBHOOK_SECRET is required: the secret shown when your address was registered.");
            System.exit(2);
        }
        secret = key.getBytes(StandardCharsets.UTF_8);
        maxAge = Long.parseLong(Subscriber.env("JINNING_MAX_AGE_SECONDS", "300"));
        schema = Contract.receivedSchema(Contract.load(Subscriber.env("JINNING_GATEWAY", "http://localhost:8080")), "WebhookNotice");
        seen = new SeenIds(Subscriber.env("JINNING_SEEN_FILE", "seen-webhook.txt"));
        int port = Integer.parseInt(Subscriber.env("JINNING_WEBHOOK_PORT", "8090"));
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 0);
        // The default executor handles one request at a time, so a retry racing its first try is seen as a duplicate.
        server.createContext("/", WebhookReceiver::receive);
        server.start();
        System.out.println("READY http://localhost:" + port + "/");
    }

    static void receive(HttpExchange exchange) throws java.io.IOException {
        byte[] body = exchange.getRequestBody().readAllBytes();
        String timestamp = header(exchange, "X-Jinning-Timestamp");
        if (!fresh(timestamp) || !signatureOk(timestamp, body, header(exchange, "X-Jinning-Signature"))) {
            System.out.println("REFUSED 签名或时间戳无效");
            answer(exchange, 401);
            return;
        }
        JsonNode notice;
        try {
            notice = Contract.JSON.readTree(body);
        } catch (java.io.IOException e) {
            answer(exchange, 400);
            return;
        }
        List<String> problems = Contract.validate(schema, notice, "$");
        if (!problems.isEmpty()) {
            System.out.println("REJECTED 不符合消息契约: " + String.join("; ", problems));
            answer(exchange, 400);
            return;
        }
        String deliveryId = notice.get("deliveryId").asText();
        if (seen.contains(deliveryId)) {
            System.out.println("DUPLICATE " + deliveryId + " 重复投递，已忽略");
        } else {
            System.out.println("RECEIVED " + notice.get("eventType").asText() + " " + notice.get("recipient").asText() + "："
                + notice.get("subject").asText());
            seen.add(deliveryId);
        }
        answer(exchange, 204);
    }

    /** X-Jinning-Signature is sha256=&lt;hex HMAC-SHA256 over "&lt;timestamp&gt;.&lt;raw body&gt;"&gt;, compared in constant time. */
    static boolean signatureOk(String timestamp, byte[] body, String signature) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            String expected = "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
            return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    /** A captured request replayed later carries its old timestamp: refuse it. */
    static boolean fresh(String timestamp) {
        return timestamp.matches("[0-9]{1,12}") && Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) <= maxAge;
    }

    static String header(HttpExchange exchange, String name) {
        String value = exchange.getRequestHeaders().getFirst(name);
        return value == null ? "" : value;
    }

    static void answer(HttpExchange exchange, int status) throws java.io.IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }
}
