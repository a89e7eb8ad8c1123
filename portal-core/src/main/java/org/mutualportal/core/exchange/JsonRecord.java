package org.mutualportal.core.exchange;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.mutualportal.core.web.Texts;

/**
 * One record of an import batch, read field by field with a French message for every problem, each tied to
 * the field's path ({@code lines[2].baseAmount}).
 *
 * <p>Why not JSON-B straight into typed objects: one malformed date would then refuse the whole call of
 * 10 000 records with a parser error naming no record. Reading each value by hand lets the batch keep the
 * valid records and report each bad one by index and field, as the management system needs to correct it.
 * Every getter returns {@code null} (or the default) after recording a problem, so a reader can go on and
 * report all the problems of a record at once.
 *
 * <h2>Usage</h2>
 * <pre>
 * String id = record.requiredText("externalId", 64);
 * LocalDate birth = record.requiredDate("birthDate");
 * if (!record.isValid()) return null;
 * </pre>
 */
public final class JsonRecord {

    /** A problem with one field of a record. */
    public record FieldProblem(String field, String message) {
    }

    private final JsonObject json;
    private final String path;
    private final List<FieldProblem> problems;

    private JsonRecord(JsonObject json, String path, List<FieldProblem> problems) {
        this.json = json;
        this.path = path;
        this.problems = problems;
    }

    /** A record of the batch; a value that is not a JSON object is a problem of the record itself. */
    public static JsonRecord of(JsonValue value) {
        List<FieldProblem> problems = new ArrayList<>();
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            problems.add(new FieldProblem("", Texts.core("exchange.object")));
            return new JsonRecord(JsonValue.EMPTY_JSON_OBJECT, "", problems);
        }
        return new JsonRecord(value.asJsonObject(), "", problems);
    }

    /** Whether no problem was found so far, in this record and its nested records. */
    public boolean isValid() {
        return problems.isEmpty();
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /** The JSON object read (to hand it on as it came, once checked). */
    public JsonObject json() {
        return json;
    }

    /** Records a problem found by a check of the caller (an unknown reference, an inconsistent amount). */
    public void reject(String field, String message) {
        problems.add(new FieldProblem(path + field, message));
    }

    public boolean has(String field) {
        JsonValue value = json.get(field);
        return value != null && value.getValueType() != JsonValue.ValueType.NULL;
    }

    /** Optional text, trimmed; blank is absent. */
    public String text(String field, int maxLength) {
        String text = rawText(field);
        if (text != null && text.length() > maxLength) {
            reject(field, Texts.core("exchange.too-long", maxLength));
            return null;
        }
        return text;
    }

    public String requiredText(String field, int maxLength) {
        return required(field, text(field, maxLength));
    }

    /** Optional date, ISO-8601 ({@code 2026-03-31}). */
    public LocalDate date(String field) {
        String text = rawText(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            reject(field, Texts.core("exchange.date"));
            return null;
        }
    }

    public LocalDate requiredDate(String field) {
        return required(field, date(field));
    }

    /** Refuses {@code field} (the end of a period) when it precedes the start; nothing to say when one is missing. */
    public void notBefore(String field, LocalDate end, LocalDate start) {
        if (start != null && end != null && end.isBefore(start)) {
            reject(field, Texts.core("exchange.end-before-start"));
        }
    }

    /**
     * Optional decimal (a JSON number or a string such as {@code "12.50"}, never read through a double) that
     * fits {@code numeric(precision, scale)}; returned with exactly {@code scale} decimals.
     */
    public BigDecimal decimal(String field, int precision, int scale) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        BigDecimal number;
        try {
            if (value instanceof JsonNumber json) {
                number = json.bigDecimalValue();
            } else if (value instanceof JsonString string && !string.getString().isBlank()) {
                number = new BigDecimal(string.getString().strip());
            } else {
                reject(field, Texts.core("exchange.decimal", precision - scale, scale));
                return null;
            }
        } catch (NumberFormatException e) {
            reject(field, Texts.core("exchange.decimal", precision - scale, scale));
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        if (Math.max(stripped.scale(), 0) > scale || stripped.precision() - stripped.scale() > precision - scale) {
            reject(field, Texts.core("exchange.decimal", precision - scale, scale));
            return null;
        }
        return number.setScale(scale);
    }

    public BigDecimal requiredDecimal(String field, int precision, int scale) {
        return required(field, decimal(field, precision, scale));
    }

    /** A decimal that may not be negative (amounts). */
    public BigDecimal requiredAmount(String field, int precision) {
        BigDecimal amount = requiredDecimal(field, precision, 2);
        if (amount != null && amount.signum() < 0) {
            reject(field, Texts.core("exchange.negative"));
            return null;
        }
        return amount;
    }

    /** Optional whole number between {@code min} and {@code max}. */
    public Integer integer(String field, int min, int max) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            reject(field, Texts.core("exchange.integer", min, max));
            return null;
        }
        BigDecimal exact = number.bigDecimalValue();
        if (exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
            reject(field, Texts.core("exchange.integer", min, max));
            return null;
        }
        return exact.intValueExact();
    }

    public Integer requiredInteger(String field, int min, int max) {
        return required(field, integer(field, min, max));
    }

    /** {@code true} or {@code false}; the default when absent. */
    public boolean bool(String field, boolean defaultValue) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return defaultValue;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value == JsonValue.FALSE) {
            return false;
        }
        reject(field, Texts.core("exchange.boolean"));
        return defaultValue;
    }

    /** Optional constant of an enumeration, by its exact name ({@code COLLECTIVE}). */
    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String text = rawText(field);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        reject(field, Texts.core("exchange.choice", text,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        return null;
    }

    public <E extends Enum<E>> E requiredChoice(String field, Class<E> type) {
        return required(field, choice(field, type));
    }

    /** An optional nested object, read with the same rules; {@code null} when absent. */
    public JsonRecord object(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            reject(field, Texts.core("exchange.object"));
            return null;
        }
        return new JsonRecord(value.asJsonObject(), path + field + ".", problems);
    }

    /** The nested records of a list ({@code lines}); empty when absent and not required. */
    public List<JsonRecord> list(String field, boolean required) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                reject(field, Texts.core("exchange.required"));
            }
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            reject(field, Texts.core("exchange.list"));
            return List.of();
        }
        List<JsonRecord> records = new ArrayList<>();
        int problemsBefore = problems.size();
        int index = 0;
        for (JsonValue item : value.asJsonArray()) {
            String itemPath = path + field + "[" + index++ + "]";
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add(new FieldProblem(itemPath, Texts.core("exchange.object")));
            } else {
                records.add(new JsonRecord(item.asJsonObject(), itemPath + ".", problems));
            }
        }
        if (required && records.isEmpty() && problems.size() == problemsBefore) {
            reject(field, Texts.core("exchange.empty"));
        }
        return records;
    }

    /** A present, non-blank string value (dates and choices), or null after recording what is wrong. */
    private String rawText(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonString string)) {
            reject(field, Texts.core("exchange.text"));
            return null;
        }
        String text = string.getString().strip();
        return text.isEmpty() ? null : text;
    }

    private <T> T required(String field, T value) {
        if (value == null && !hasProblem(field)) {
            reject(field, Texts.core("exchange.required"));
        }
        return value;
    }

    private boolean hasProblem(String field) {
        String full = path + field;
        return problems.stream().anyMatch(p -> p.field().equals(full));
    }
}
