import com.fasterxml.jackson.databind.JsonNode;
import com.rabbitmq.client.ConnectionFactory;
import com.rabbitmq.client.GetResponse;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A department system's subscriber: receives the issues transferred to it, checks each against the published
 * contract, ignores redeliveries (same messageId) and acknowledges only what it has handled.
 *
 * <p>Settings (environment): JINNING_DEPARTMENT (market-regulation), JINNING_SECRET (the client secret the office gave
 * you; Jinning#2026 in development), JINNING_BROKER (amqp://localhost:5672), JINNING_GATEWAY (http://localhost:8080),
 * JINNING_QUEUE (dept.&lt;department&gt;.java-sample), JINNING_SEEN_FILE (seen-&lt;queue&gt;.txt). Argument --count N
 * stops after N new messages.
 */
public final class Subscriber {
    static final String EXCHANGE = "Jinning.Contracts.V1:IssueTransferred";

    public static void main(String[] args) throws Exception {
        int count = args.length == 2 && args[0].equals("--count") ? Integer.parseInt(args[1]) : 0;
        String department = env("JINNING_DEPARTMENT", "market-regulation");
        String queue = env("JINNING_QUEUE", "dept." + department + ".java-sample");
        SeenIds seen = new SeenIds(env("JINNING_SEEN_FILE", "seen-" + queue + ".txt"));
        JsonNode schema = Contract.receivedSchema(Contract.load(env("JINNING_GATEWAY", "http://localhost:8080")), "IssueTransferred");

        URI broker = URI.create(env("JINNING_BROKER", "amqp://localhost:5672"));
        ConnectionFactory factory = new ConnectionFactory();
        factory.setHost(broker.getHost());
        factory.setPort(broker.getPort() > 0 ? broker.getPort() : 5672);
        factory.setUsername("dept." + department);
        factory.setPassword(env("JINNING_SECRET", "Jinning#2026"));
        try (var connection = factory.newConnection(); var channel = connection.createChannel()) {
            channel.queueDeclare(queue, true, false, false, null);
            channel.queueBind(queue, EXCHANGE, department);
            System.out.println("READY " + queue);

            int handled = 0;
            while (count == 0 || handled < count) {
                GetResponse delivery = channel.basicGet(queue, false);
                if (delivery == null) {
                    Thread.sleep(200);
                    continue;
                }
                long tag = delivery.getEnvelope().getDeliveryTag();
                JsonNode envelope = Contract.JSON.readTree(new String(delivery.getBody(), StandardCharsets.UTF_8));
                List<String> problems = Contract.validate(schema, envelope, "$");
                if (!problems.isEmpty()) {
                    // Keep it for a person to look at, rather than acting on something the contract does not promise.
                    System.out.println("REJECTED 不符合消息契约: " + String.join("; ", problems));
                    channel.basicNack(tag, false, false);
                    continue;
                }
                String messageId = envelope.get("messageId").asText();
                if (seen.contains(messageId)) {
                    System.out.println("DUPLICATE " + messageId + " 重复投递，已忽略");
                    channel.basicAck(tag, false);
                    continue;
                }
                handle(envelope.get("message"));
                seen.add(messageId);
                channel.basicAck(tag, false);
                handled++;
            }
        }
    }

    /** Where a real system files the issue; here it is printed. */
    static void handle(JsonNode issue) {
        String role = issue.path("role").asText("lead").equals("lead") ? "牵头" : "协办";
        System.out.println("RECEIVED " + issue.get("trackingNumber").asText() + " " + issue.get("kind").asText() + " " + role
            + " 办理时限 " + issue.get("deadline").asText() + "：" + issue.get("title").asText());
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
