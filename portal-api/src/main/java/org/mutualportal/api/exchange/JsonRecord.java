package org.mutualportal.api.exchange;

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
import org.mutualportal.api.text.Texts;

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
 *
 * @since 1.0
 */
public final class JsonRecord {

    /**
     * A problem with one field of a record.
     *
     * @param field the field's path in the batch's record ({@code lines[2].baseAmount})
     * @param message French
     */
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

    /**
     * A record of the batch; a value that is not a JSON object is a problem of the record itself.
     *
     * @param value one element of the batch's array
     * @return the record to read
     */
    public static JsonRecord of(JsonValue value) {
        List<FieldProblem> problems = new ArrayList<>();
        if (value == null || value.getValueType() != JsonValue.ValueType.OBJECT) {
            problems.add(new FieldProblem("", Texts.shared("exchange.object")));
            return new JsonRecord(JsonValue.EMPTY_JSON_OBJECT, "", problems);
        }
        return new JsonRecord(value.asJsonObject(), "", problems);
    }

    /**
     * Whether no problem was found so far, in this record and its nested records.
     *
     * @return {@code true} while valid
     */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * The problems found so far, in the order found.
     *
     * @return never {@code null}
     */
    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    /**
     * The JSON object read (to hand it on as it came, once checked).
     *
     * @return the object; empty when the value was not an object
     */
    public JsonObject json() {
        return json;
    }

    /**
     * Records a problem found by a check of the caller (an unknown reference, an inconsistent amount).
     *
     * @param field the field's name in this record (its path is added)
     * @param message French, for the management system's operators
     */
    public void reject(String field, String message) {
        problems.add(new FieldProblem(path + field, message));
    }

    /**
     * Whether the field is present and not JSON {@code null}.
     *
     * @param field the field's name
     * @return {@code true} when present
     */
    public boolean has(String field) {
        JsonValue value = json.get(field);
        return value != null && value.getValueType() != JsonValue.ValueType.NULL;
    }

    /**
     * Optional text, trimmed; blank is absent.
     *
     * @param field the field's name
     * @param maxLength the longest text accepted (the column's length)
     * @return the text, or {@code null} when absent or refused
     */
    public String text(String field, int maxLength) {
        String text = rawText(field);
        if (text != null && text.length() > maxLength) {
            reject(field, Texts.shared("exchange.too-long", maxLength));
            return null;
        }
        return text;
    }

    /**
     * Required text, trimmed.
     *
     * @param field the field's name
     * @param maxLength the longest text accepted (the column's length)
     * @return the text, or {@code null} when absent or refused
     */
    public String requiredText(String field, int maxLength) {
        return required(field, text(field, maxLength));
    }

    /**
     * Optional date, ISO-8601 ({@code 2026-03-31}).
     *
     * @param field the field's name
     * @return the date, or {@code null} when absent or refused
     */
    public LocalDate date(String field) {
        String text = rawText(field);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            reject(field, Texts.shared("exchange.date"));
            return null;
        }
    }

    /**
     * Required date, ISO-8601.
     *
     * @param field the field's name
     * @return the date, or {@code null} when absent or refused
     */
    public LocalDate requiredDate(String field) {
        return required(field, date(field));
    }

    /**
     * Refuses {@code field} (the end of a period) when it precedes the start; nothing to say when one is missing.
     *
     * @param field the end's field name
     * @param end the end read, or {@code null}
     * @param start the start read, or {@code null}
     */
    public void notBefore(String field, LocalDate end, LocalDate start) {
        if (start != null && end != null && end.isBefore(start)) {
            reject(field, Texts.shared("exchange.end-before-start"));
        }
    }

    /**
     * Optional decimal (a JSON number or a string such as {@code "12.50"}, never read through a double) that
     * fits {@code numeric(precision, scale)}; returned with exactly {@code scale} decimals.
     *
     * @param field the field's name
     * @param precision the column's precision
     * @param scale the column's scale
     * @return the number, or {@code null} when absent or refused
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
                reject(field, Texts.shared("exchange.decimal", precision - scale, scale));
                return null;
            }
        } catch (NumberFormatException e) {
            reject(field, Texts.shared("exchange.decimal", precision - scale, scale));
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        if (Math.max(stripped.scale(), 0) > scale || stripped.precision() - stripped.scale() > precision - scale) {
            reject(field, Texts.shared("exchange.decimal", precision - scale, scale));
            return null;
        }
        return number.setScale(scale);
    }

    /**
     * Required decimal, as {@link #decimal}.
     *
     * @param field the field's name
     * @param precision the column's precision
     * @param scale the column's scale
     * @return the number, or {@code null} when absent or refused
     */
    public BigDecimal requiredDecimal(String field, int precision, int scale) {
        return required(field, decimal(field, precision, scale));
    }

    /**
     * A required amount in euros (two decimals) that may not be negative.
     *
     * @param field the field's name
     * @param precision the column's precision
     * @return the amount, or {@code null} when absent or refused
     */
    public BigDecimal requiredAmount(String field, int precision) {
        BigDecimal amount = requiredDecimal(field, precision, 2);
        if (amount != null && amount.signum() < 0) {
            reject(field, Texts.shared("exchange.negative"));
            return null;
        }
        return amount;
    }

    /**
     * Optional whole number between {@code min} and {@code max}.
     *
     * @param field the field's name
     * @param min the smallest accepted
     * @param max the largest accepted
     * @return the number, or {@code null} when absent or refused
     */
    public Integer integer(String field, int min, int max) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            reject(field, Texts.shared("exchange.integer", min, max));
            return null;
        }
        BigDecimal exact = number.bigDecimalValue();
        if (exact.compareTo(BigDecimal.valueOf(min)) < 0 || exact.compareTo(BigDecimal.valueOf(max)) > 0) {
            reject(field, Texts.shared("exchange.integer", min, max));
            return null;
        }
        return exact.intValueExact();
    }

    /**
     * Required whole number between {@code min} and {@code max}.
     *
     * @param field the field's name
     * @param min the smallest accepted
     * @param max the largest accepted
     * @return the number, or {@code null} when absent or refused
     */
    public Integer requiredInteger(String field, int min, int max) {
        return required(field, integer(field, min, max));
    }

    /**
     * {@code true} or {@code false}; the default when absent.
     *
     * @param field the field's name
     * @param defaultValue the value when absent
     * @return the value read
     */
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
        reject(field, Texts.shared("exchange.boolean"));
        return defaultValue;
    }

    /**
     * Optional constant of an enumeration, by its exact name ({@code COLLECTIVE}).
     *
     * @param field the field's name
     * @param type the enumeration
     * @param <E> the enumeration
     * @return the constant, or {@code null} when absent or refused
     */
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
        reject(field, Texts.shared("exchange.choice", text,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
        return null;
    }

    /**
     * Required constant of an enumeration, by its exact name.
     *
     * @param field the field's name
     * @param type the enumeration
     * @param <E> the enumeration
     * @return the constant, or {@code null} when absent or refused
     */
    public <E extends Enum<E>> E requiredChoice(String field, Class<E> type) {
        return required(field, choice(field, type));
    }

    /**
     * An optional nested object, read with the same rules; {@code null} when absent.
     *
     * @param field the field's name
     * @return the nested record, whose problems count as this record's
     */
    public JsonRecord object(String field) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            reject(field, Texts.shared("exchange.object"));
            return null;
        }
        return new JsonRecord(value.asJsonObject(), path + field + ".", problems);
    }

    /**
     * The nested records of a list ({@code lines}); empty when absent and not required.
     *
     * @param field the field's name
     * @param required whether an absent or empty list is a problem
     * @return the nested records, whose problems count as this record's
     */
    public List<JsonRecord> list(String field, boolean required) {
        JsonValue value = json.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            if (required) {
                reject(field, Texts.shared("exchange.required"));
            }
            return List.of();
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            reject(field, Texts.shared("exchange.list"));
            return List.of();
        }
        List<JsonRecord> records = new ArrayList<>();
        int problemsBefore = problems.size();
        int index = 0;
        for (JsonValue item : value.asJsonArray()) {
            String itemPath = path + field + "[" + index++ + "]";
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                problems.add(new FieldProblem(itemPath, Texts.shared("exchange.object")));
            } else {
                records.add(new JsonRecord(item.asJsonObject(), itemPath + ".", problems));
            }
        }
        if (required && records.isEmpty() && problems.size() == problemsBefore) {
            reject(field, Texts.shared("exchange.empty"));
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
            reject(field, Texts.shared("exchange.text"));
            return null;
        }
        String text = string.getString().strip();
        return text.isEmpty() ? null : text;
    }

    private <T> T required(String field, T value) {
        if (value == null && !hasProblem(field)) {
            reject(field, Texts.shared("exchange.required"));
        }
        return value;
    }

    private boolean hasProblem(String field) {
        String full = path + field;
        return problems.stream().anyMatch(p -> p.field().equals(full));
    }
}
