package dev.pip.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Edits JSON trees for fuzz tests. */
final class JsonTrees {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {
    }

    /** {@code json} with one value anywhere in it replaced by a random value of any type. */
    static String replaceRandomValue(RandomGenerator r, String json) {
        try {
            JsonNode root = MAPPER.readTree(json);
            List<Runnable> replacements = new ArrayList<>();
            Deque<JsonNode> todo = new ArrayDeque<>();
            todo.push(root);
            while (!todo.isEmpty()) {
                JsonNode node = todo.pop();
                if (node instanceof ObjectNode o) {
                    for (Map.Entry<String, JsonNode> e : o.properties()) {
                        String key = e.getKey();
                        replacements.add(() -> o.set(key, randomValue(r)));
                        todo.push(e.getValue());
                    }
                } else if (node instanceof ArrayNode a) {
                    for (int i = 0; i < a.size(); i++) {
                        int index = i;
                        replacements.add(() -> a.set(index, randomValue(r)));
                        todo.push(a.get(i));
                    }
                }
            }
            replacements.get(r.nextInt(replacements.size())).run();
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode randomValue(RandomGenerator r) {
        return switch (r.nextInt(12)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode("");
            case 2 -> NODES.textNode("2026-02-30");
            case 3 -> NODES.textNode("BEHAVIOURAL");
            case 4 -> NODES.numberNode(-1);
            case 5 -> NODES.numberNode(1.5);
            case 6 -> NODES.numberNode(0);
            case 7 -> NODES.booleanNode(r.nextBoolean());
            case 8 -> NODES.arrayNode();
            case 9 -> NODES.objectNode();
            case 10 -> NODES.numberNode(Double.NaN);
            default -> NODES.numberNode(3_000_000_000L);
        };
    }
}
