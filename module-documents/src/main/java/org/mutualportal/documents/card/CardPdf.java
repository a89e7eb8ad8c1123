package org.mutualportal.documents.card;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import org.mutualportal.api.pdf.PdfReports;
import org.mutualportal.api.time.PortalClock;
import org.mutualportal.api.text.FrenchFormats;
import org.mutualportal.api.text.Texts;
import org.mutualportal.documents.DocumentsModule;
import org.mutualportal.documents.card.CardSettings.Domain;
import org.mutualportal.documents.card.TiersPayantCard.Holder;
import org.mutualportal.documents.coverage.CoverageRules.Period;

/**
 * The tiers-payant card as a PDF ({@code reports/documents/card.jasper}) with its QR code. The domain grid is set in
 * a monospaced font, codes over values, so that it reads in columns like the printed cards whatever the
 * number of domains configured.
 */
@ApplicationScoped
public class CardPdf {

    private static final int COLUMN = 6;
    private static final int PER_LINE = 12;

    @Inject
    PdfReports reports;

    @Inject
    PortalClock clock;

    public byte[] render(TiersPayantCard card) {
        Map<String, Object> parameters = reports.parameters(DocumentsModule.BUNDLE, CardPdf.class);
        parameters.put("MUTUAL_NAME", card.mutualName());
        parameters.put("AMC_NUMBER", card.amcNumber());
        parameters.put("MEMBER_NAME", card.memberName());
        parameters.put("MEMBERSHIP_NUMBER", card.membershipNumber());
        parameters.put("CONTRACT_NUMBER", card.contractNumber());
        parameters.put("OFFER", card.offerLabel());
        parameters.put("VALIDITY", validity(card.validity()));
        parameters.put("DOMAIN_GRID", grid(card.domains()));
        parameters.put("DOMAIN_LEGEND", legend(card.domains()));
        parameters.put("QR_CODE", CardCode.image(CardCode.payload(card)));
        parameters.put("INSTRUCTIONS", Texts.of(DocumentsModule.BUNDLE, "pdf.card.instructions", card.mutualName(), parameters.get("MUTUAL_PHONE")));
        parameters.put("GENERATED_ON", Texts.of(DocumentsModule.BUNDLE, "pdf.generated", FrenchFormats.dateTime(clock.now())));
        try {
            return reports.export(List.of(JasperFillManager.fillReport(reports.template(CardPdf.class, "reports/documents/card.jasper"),
                    parameters, new JRMapCollectionDataSource(rows(card.holders())))),
                    Texts.of(DocumentsModule.BUNDLE, "pdf.card.title") + " — " + card.memberName());
        } catch (JRException e) {
            throw new IllegalStateException("Tiers-payant card of " + card.membershipNumber() + " not rendered", e);
        }
    }

    /** "Valable du 01/01/2026 au 31/12/2026". */
    public static String validity(Period period) {
        return Texts.of(DocumentsModule.BUNDLE, "card.validity", FrenchFormats.date(period.from()), FrenchFormats.date(period.to()));
    }

    /** Codes over values, in columns of six characters, twelve domains a line. */
    static String grid(List<Domain> domains) {
        StringBuilder grid = new StringBuilder();
        for (int start = 0; start < domains.size(); start += PER_LINE) {
            List<Domain> line = domains.subList(start, Math.min(domains.size(), start + PER_LINE));
            if (start > 0) {
                grid.append('\n');
            }
            grid.append(line.stream().map(d -> pad(d.code())).collect(Collectors.joining()).stripTrailing()).append('\n');
            grid.append(line.stream().map(d -> pad(d.printed())).collect(Collectors.joining()).stripTrailing());
        }
        return grid.toString();
    }

    /** What each code and value means, for the member reading the card. */
    static String legend(List<Domain> domains) {
        String codes = domains.stream().map(d -> d.code() + " " + label(d.code())).collect(Collectors.joining(" · "));
        return codes + "\n" + Texts.of(DocumentsModule.BUNDLE, "pdf.card.values");
    }

    /** A domain's French label; the code itself for a domain the bundle does not name. */
    public static String label(String code) {
        String key = "domain." + code;
        String label = Texts.of(DocumentsModule.BUNDLE, key);
        return label.equals(key) ? code : label;
    }

    private static String pad(String text) {
        return String.format("%-" + COLUMN + "s", text);
    }

    private static List<Map<String, ?>> rows(List<Holder> holders) {
        List<Map<String, ?>> rows = new ArrayList<>(holders.size());
        for (Holder holder : holders) {
            Map<String, Object> row = new HashMap<>();
            row.put("lastName", holder.lastName());
            row.put("firstName", holder.firstName());
            row.put("birthDate", FrenchFormats.date(holder.birthDate()));
            row.put("nir", holder.printedNir());
            row.put("relationship", Texts.of(DocumentsModule.BUNDLE, "relationship." + holder.relationship()));
            rows.add(row);
        }
        return rows;
    }
}
