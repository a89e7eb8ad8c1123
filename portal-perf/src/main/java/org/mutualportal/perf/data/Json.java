package org.mutualportal.perf.data;

/**
 * A JSON object written field by field. Why not a JSON library: the generator writes millions of small flat
 * objects in a fixed order, and plain appends keep it fast and its output byte-for-byte reproducible.
 */
final class Json {

    private final StringBuilder out = new StringBuilder(256).append('{');

    Json put(String name, String value) {
        return raw(name, value == null ? "null" : quote(value));
    }

    Json raw(String name, String json) {
        if (out.length() > 1) {
            out.append(',');
        }
        out.append(quote(name)).append(':').append(json);
        return this;
    }

    static String quote(String value) {
        StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> {
                    if (c < 0x20) {
                        quoted.append(String.format("\\u%04x", (int) c));
                    } else {
                        quoted.append(c);
                    }
                }
            }
        }
        return quoted.append('"').toString();
    }

    @Override
    public String toString() {
        return out + "}";
    }
}
