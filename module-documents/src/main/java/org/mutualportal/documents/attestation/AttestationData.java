package org.mutualportal.documents.attestation;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What one attestation de droits certifies, frozen when it is issued: the verification code is an HMAC of
 * exactly this JSON, a re-download prints it again word for word, and the mutual's staff see it when they
 * check a code — even if the member's contract or family has changed since.
 *
 * @param nonce random, so that two attestations of the same day never share a code
 * @param people the persons covered on {@code certifiedDate}, the member first
 */
public record AttestationData(String nonce, String mutualName, String mutualAddress, String memberName,
        String membershipNumber, String contractNumber, String offerLabel, String employerName, LocalDate contractStart,
        LocalDate contractEnd, LocalDate certifiedDate, OffsetDateTime issuedAt, List<CoveredPerson> people) {

    /** A person covered on the certified day, with the dates of their own coverage. */
    public record CoveredPerson(String name, LocalDate birthDate, String relationship, LocalDate from, LocalDate to) {
    }

    public AttestationData {
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(certifiedDate, "certifiedDate");
        people = List.copyOf(people);
    }

    /** The canonical JSON (fixed key order, ISO dates): the bytes the verification code signs. */
    public String toJson() {
        JsonArrayBuilder persons = Json.createArrayBuilder();
        for (CoveredPerson person : people) {
            JsonObjectBuilder item = Json.createObjectBuilder();
            add(item, "name", person.name());
            add(item, "birthDate", text(person.birthDate()));
            add(item, "relationship", person.relationship());
            add(item, "from", text(person.from()));
            add(item, "to", text(person.to()));
            persons.add(item);
        }
        JsonObjectBuilder json = Json.createObjectBuilder();
        json.add("v", 1);
        add(json, "nonce", nonce);
        add(json, "mutualName", mutualName);
        add(json, "mutualAddress", mutualAddress);
        add(json, "memberName", memberName);
        add(json, "membershipNumber", membershipNumber);
        add(json, "contractNumber", contractNumber);
        add(json, "offerLabel", offerLabel);
        add(json, "employerName", employerName);
        add(json, "contractStart", text(contractStart));
        add(json, "contractEnd", text(contractEnd));
        add(json, "certifiedDate", text(certifiedDate));
        add(json, "issuedAt", issuedAt == null ? null : issuedAt.toString());
        json.add("people", persons);
        return json.build().toString();
    }

    public static AttestationData fromJson(String payload) {
        try (JsonReader reader = Json.createReader(new StringReader(payload))) {
            JsonObject json = reader.readObject();
            List<CoveredPerson> people = json.getJsonArray("people").getValuesAs(JsonObject.class).stream()
                    .map(p -> new CoveredPerson(string(p, "name"), date(p, "birthDate"), string(p, "relationship"),
                            date(p, "from"), date(p, "to")))
                    .toList();
            String issued = string(json, "issuedAt");
            return new AttestationData(string(json, "nonce"), string(json, "mutualName"), string(json, "mutualAddress"),
                    string(json, "memberName"), string(json, "membershipNumber"), string(json, "contractNumber"),
                    string(json, "offerLabel"), string(json, "employerName"), date(json, "contractStart"),
                    date(json, "contractEnd"), date(json, "certifiedDate"),
                    issued == null ? null : OffsetDateTime.parse(issued), people);
        }
    }

    private static void add(JsonObjectBuilder json, String key, String value) {
        if (value == null) {
            json.addNull(key);
        } else {
            json.add(key, value);
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String string(JsonObject json, String key) {
        JsonValue value = json.get(key);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : json.getString(key);
    }

    private static LocalDate date(JsonObject json, String key) {
        String value = string(json, key);
        return value == null ? null : LocalDate.parse(value);
    }
}
