import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The platform's published message contract (AsyncAPI 3.0 at /docs/asyncapi.json) and a small validator for the
 * JSON Schema keywords it uses (type, required, properties, items, enum, format, pattern, allOf). Unknown fields
 * are ignored, as V1 receivers must.
 */
final class Contract {
    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode load(String gateway) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(gateway.replaceAll("/$", "") + "/docs/asyncapi.json")).build();
        var body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        return JSON.readTree(body);
    }

    /** The schema of one message as it arrives, every local $ref replaced by what it points to. */
    static JsonNode receivedSchema(JsonNode document, String messageName) {
        return resolve(document, document.at("/components/messages/" + messageName + "/payload"));
    }

    private static JsonNode resolve(JsonNode document, JsonNode node) {
        if (node.isObject()) {
            if (node.size() == 1 && node.has("$ref")) {
                return resolve(document, document.at(node.get("$ref").asText().substring(1)));
            }
            ObjectNode copy = JSON.createObjectNode();
            node.fields().forEachRemaining(e -> copy.set(e.getKey(), resolve(document, e.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JSON.createArrayNode();
            node.forEach(item -> copy.add(resolve(document, item)));
            return copy;
        }
        return node;
    }

    /** The problems found; empty when the value keeps the schema. */
    static List<String> validate(JsonNode schema, JsonNode value, String path) {
        List<String> problems = new ArrayList<>();
        for (JsonNode part : schema.path("allOf")) {
            problems.addAll(validate(part, value, path));
        }
        if (schema.has("type")) {
            boolean typed = false;
            for (JsonNode type : schema.get("type").isArray() ? schema.get("type") : JSON.createArrayNode().add(schema.get("type"))) {
                typed |= hasType(type.asText(), value);
            }
            if (!typed) {
                problems.add(path + ": expected " + schema.get("type") + ", got " + value);
                return problems;
            }
        }
        if (schema.has("enum")) {
            boolean listed = false;
            for (JsonNode allowed : schema.get("enum")) {
                listed |= allowed.equals(value);
            }
            if (!listed) {
                problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
            }
        }
        if (value.isTextual()) {
            if (schema.has("format") && !formatOk(schema.get("format").asText(), value.asText())) {
                problems.add(path + ": " + value + " is not a " + schema.get("format").asText());
            }
            if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(value.asText()).find()) {
                problems.add(path + ": " + value + " does not match " + schema.get("pattern").asText());
            }
        }
        if (value.isObject()) {
            for (JsonNode name : schema.path("required")) {
                if (!value.has(name.asText())) {
                    problems.add(path + "." + name.asText() + ": required but missing");
                }
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path("properties").fields(); it.hasNext(); ) {
                var property = it.next();
                if (value.has(property.getKey())) {
                    problems.addAll(validate(property.getValue(), value.get(property.getKey()), path + "." + property.getKey()));
                }
            }
        }
        if (value.isArray() && schema.has("items")) {
            for (int i = 0; i < value.size(); i++) {
                problems.addAll(validate(schema.get("items"), value.get(i), path + "[" + i + "]"));
            }
        }
        return problems;
    }

    private static boolean hasType(String type, JsonNode value) {
        return switch (type) {
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "string" -> value.isTextual();
            case "boolean" -> value.isBoolean();
            case "integer" -> value.isIntegralNumber();
            case "number" -> value.isNumber();
            case "null" -> value.isNull();
            default -> true;
        };
    }

    private static boolean formatOk(String format, String value) {
        try {
            switch (format) {
                case "uuid" -> UUID.fromString(value);
                case "date-time" -> OffsetDateTime.parse(value);
                default -> { }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
