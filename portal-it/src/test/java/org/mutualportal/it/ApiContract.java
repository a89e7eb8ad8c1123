package org.mutualportal.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The checked-in form of the API contract ({@code docs/api/openapi-v1.json}): the served {@code /openapi} with
 * the keys of every object sorted (Payara's order follows its class scanning, and a diff of the contract must
 * show only what changed), pretty-printed, without {@code servers} (the host and port of one run; without it a
 * document's server is where it was read, and a client is given the portal's address anyway), the root's
 * {@code tags} by name (Payara lists them in the order it met the resource classes).
 */
final class ApiContract {

    private ApiContract() {
    }

    static JsonValue normalised(JsonObject served) {
        JsonObjectBuilder document = Json.createObjectBuilder(served);
        document.remove("servers");
        if (served.containsKey("tags")) {
            JsonArrayBuilder tags = Json.createArrayBuilder();
            served.getJsonArray("tags").stream().map(JsonValue::asJsonObject)
                    .sorted(Comparator.comparing(tag -> tag.getString("name"))).forEach(tags::add);
            document.add("tags", tags);
        }
        return sorted(document.build());
    }

    static JsonValue read(Path file) throws IOException {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            return reader.readValue();
        }
    }

    /** Four spaces of indentation, one key a line, a final line break: what the file holds. */
    static String text(JsonValue value) {
        StringWriter out = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.write(value);
        }
        return out.toString().strip() + "\n";
    }

    /** Where {@code actual} differs from {@code expected}, one line per place, e.g. {@code paths["/api/v1/members"].post.operationId}. */
    static List<String> differences(String where, JsonValue expected, JsonValue actual) {
        List<String> found = new ArrayList<>();
        compare(where, expected, actual, found);
        return found;
    }

    private static void compare(String where, JsonValue expected, JsonValue actual, List<String> found) {
        if (expected instanceof JsonObject a && actual instanceof JsonObject b) {
            TreeSet<String> keys = new TreeSet<>(a.keySet());
            keys.addAll(b.keySet());
            for (String key : keys) {
                String at = where + (key.matches("[A-Za-z0-9_$-]+") ? (where.isEmpty() ? "" : ".") + key : "[\"" + key + "\"]");
                if (!a.containsKey(key)) {
                    found.add(at + " added: " + shortened(b.get(key)));
                } else if (!b.containsKey(key)) {
                    found.add(at + " removed (was " + shortened(a.get(key)) + ")");
                } else {
                    compare(at, a.get(key), b.get(key), found);
                }
            }
        } else if (expected instanceof JsonArray a && actual instanceof JsonArray b && a.size() == b.size()) {
            for (int i = 0; i < a.size(); i++) {
                compare(where + "[" + i + "]", a.get(i), b.get(i), found);
            }
        } else if (!expected.equals(actual)) {
            found.add(where + ": " + shortened(expected) + " → " + shortened(actual));
        }
    }

    private static String shortened(JsonValue value) {
        String text = value.toString();
        return text.length() > 160 ? text.substring(0, 160) + "…" : text;
    }

    private static JsonValue sorted(JsonValue value) {
        if (value instanceof JsonObject object) {
            JsonObjectBuilder builder = Json.createObjectBuilder();
            new TreeSet<>(object.keySet()).forEach(key -> builder.add(key, sorted(object.get(key))));
            return builder.build();
        }
        if (value instanceof JsonArray array) {
            JsonArrayBuilder builder = Json.createArrayBuilder();
            array.forEach(item -> builder.add(sorted(item)));
            return builder.build();
        }
        return value;
    }
}
