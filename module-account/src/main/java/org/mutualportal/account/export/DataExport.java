package org.mutualportal.account.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.mutualportal.api.modules.Modules;
import org.mutualportal.api.text.FrenchCsv;
import org.mutualportal.spi.PersonalData;
import org.mutualportal.spi.PersonalData.DataSection;

/**
 * "Exporter mes données": everything the portal holds about the member — the core's records and each
 * enabled module's — as JSON (machine-readable, for portability) or CSV (opens in a French spreadsheet).
 */
@ApplicationScoped
public class DataExport {

    @Inject
    @Any
    Instance<PersonalData> contributors;

    @Inject
    Modules modules;

    public List<DataSection> sections(long memberId, long accountId) {
        List<DataSection> sections = new ArrayList<>();
        contributors.stream()
                .filter(c -> "core".equals(c.moduleId()) || modules.isEnabled(c.moduleId()))
                .sorted(java.util.Comparator.comparing(c -> "core".equals(c.moduleId()) ? "" : c.moduleId()))
                .forEach(c -> sections.addAll(c.export(memberId, accountId)));
        return sections;
    }

    /** One JSON object: a key per section, an array of objects keyed by column title. */
    public String json(List<DataSection> sections) {
        JsonObjectBuilder root = Json.createObjectBuilder();
        for (DataSection section : sections) {
            JsonArrayBuilder rows = Json.createArrayBuilder();
            for (List<String> row : section.rows()) {
                JsonObjectBuilder object = Json.createObjectBuilder();
                for (int i = 0; i < section.columns().size(); i++) {
                    object.add(section.columns().get(i), row.get(i));
                }
                rows.add(object);
            }
            root.add(section.key(), Json.createObjectBuilder().add("titre", section.title()).add("lignes", rows));
        }
        StringWriter out = new StringWriter();
        try (var writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(out)) {
            writer.writeObject(root.build());
        }
        return out.toString();
    }

    /** CSV for a French Excel: one block per section (title, header, rows) separated by a blank line. */
    public String csv(List<DataSection> sections) {
        FrenchCsv csv = new FrenchCsv();
        for (DataSection section : sections) {
            csv.row(section.title()).row(section.columns());
            section.rows().forEach(csv::row);
            csv.blank();
        }
        return csv.toString();
    }
}
