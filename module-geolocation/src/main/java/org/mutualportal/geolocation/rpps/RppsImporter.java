package org.mutualportal.geolocation.rpps;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mutualportal.geolocation.directory.Category;
import org.mutualportal.geolocation.directory.DirectoryEntry;
import org.mutualportal.geolocation.directory.DirectoryWriter;
import org.mutualportal.geolocation.geocoding.AddressQuery;
import org.mutualportal.geolocation.geocoding.Geocoder;
import org.mutualportal.geolocation.geocoding.Geocoding;
import org.mutualportal.geolocation.geocoding.GeolocationSettings;
import org.mutualportal.geolocation.geocoding.Place;

/**
 * Loads the RPPS extraction into the directory. Each line becomes the practitioner at their activity site
 * ({@code PP:<RPPS>:<site>}) and/or the site itself when it is a pharmacy, a laboratory or a hospital
 * ({@code SITE:<site>}), as {@link Category#classify} decides. Rows are upserted by those keys in batches
 * of {@value #BATCH} lines, each its own transaction, so a national file does not hold one huge transaction
 * and a failure keeps what was done.
 *
 * <p>Addresses are geocoded only when new or changed (the stored {@code address_key}), outside any
 * transaction: running the same file again makes no HTTP call and changes no row.
 */
@ApplicationScoped
public class RppsImporter {

    static final int BATCH = 500;

    @Inject
    DirectoryWriter writer;

    @Inject
    Geocoding geocoding;

    @Inject
    GeolocationSettings settings;

    /** Imports a file with the configured charset ({@code portal.geolocation.rpps.charset}, {@code auto} by default). */
    public ImportReport importFile(InputStream input) throws IOException {
        return importFile(input, settings.getRppsCharset(), geocoding);
    }

    /** Imports a file with this charset and geocoder (tests give their own). */
    public ImportReport importFile(InputStream input, String charset, Geocoder geocoder) throws IOException {
        Run run = new Run(geocoder);
        RppsReader.Stats stats = RppsReader.read(input, charset, run::add);
        run.flush();
        return new ImportReport(stats.lines(), stats.malformed(), run.ignored, run.outcome.inserted(),
                run.outcome.updated(), run.outcome.unchanged(), run.notLocated);
    }

    /** One import: the pending batch, the keys seen, the running totals. */
    private final class Run {
        private final Geocoder geocoder;
        private final List<DirectoryEntry> pending = new ArrayList<>(BATCH * 2);
        private final Set<String> seen = new HashSet<>();
        private DirectoryWriter.Outcome outcome = new DirectoryWriter.Outcome(0, 0, 0);
        private int ignored;
        private int notLocated;

        Run(Geocoder geocoder) {
            this.geocoder = geocoder;
        }

        void add(RppsLine line) {
            List<DirectoryEntry> entries = entries(line).stream().filter(e -> seen.add(e.sourceKey())).toList();
            if (entries.isEmpty()) {
                ignored++;
                return;
            }
            pending.addAll(entries);
            if (pending.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            if (pending.isEmpty()) {
                return;
            }
            Map<String, DirectoryWriter.Stored> stored = writer.stored(pending.stream().map(DirectoryEntry::sourceKey).toList());
            List<DirectoryEntry> located = new ArrayList<>(pending.size());
            for (DirectoryEntry entry : pending) {
                DirectoryEntry placed = locate(entry, stored.get(entry.sourceKey()));
                if (!placed.isLocated()) {
                    notLocated++;
                }
                located.add(placed);
            }
            outcome = outcome.plus(writer.write(located));
            pending.clear();
        }

        private DirectoryEntry locate(DirectoryEntry entry, DirectoryWriter.Stored before) {
            if (before != null && before.latitude() != null && entry.addressKey().equals(before.addressKey())) {
                return entry.locatedAt(before.latitude(), before.longitude(), before.geocodeSource());
            }
            Optional<Place> place = entry.postcode() == null ? Optional.empty()
                    : geocoder.locate(AddressQuery.structured(entry.street(), entry.postcode(), entry.city(), entry.communeCode()));
            return place.map(p -> entry.locatedAt(p.latitude(), p.longitude(), p.source())).orElse(entry);
        }
    }

    /** What one line adds to the directory (nothing for professions members do not search for). */
    static List<DirectoryEntry> entries(RppsLine line) {
        Category.Classification classification = Category.classify(line.get(RppsLine.PROFESSION_CODE),
                line.get(RppsLine.SAVOIR_FAIRE_CODE), line.get(RppsLine.SECTOR_CODE));
        if (classification.isEmpty()) {
            return List.of();
        }
        String street = join(line.get(RppsLine.STREET_NUMBER) + line.get(RppsLine.REPETITION).toLowerCase(Locale.FRANCE),
                line.get(RppsLine.STREET_TYPE_LABEL).isEmpty() ? line.get(RppsLine.STREET_TYPE_CODE) : line.get(RppsLine.STREET_TYPE_LABEL),
                line.get(RppsLine.STREET_NAME));
        String complement = join(line.get(RppsLine.RECIPIENT_COMPLEMENT), line.get(RppsLine.GEOGRAPHIC_COMPLEMENT),
                line.get(RppsLine.DISTRIBUTION));
        String postcode = line.get(RppsLine.POSTCODE);
        postcode = postcode.matches("\\d{5}") ? postcode : null;
        String city = line.get(RppsLine.COMMUNE);
        String commune = line.get(RppsLine.COMMUNE_CODE);
        String phone = line.get(RppsLine.PHONE).replaceAll("[\\s.]", "");
        String siteName = firstNonBlank(line.get(RppsLine.SITE_BRAND), line.get(RppsLine.SITE_NAME));
        String site = siteKey(line, street, postcode);
        String addressKey = AddressQuery.structured(street, postcode, city, commune).key();
        String rpps = line.get(RppsLine.RPPS);
        List<DirectoryEntry> entries = new ArrayList<>(2);
        if (classification.practitioner() != null) {
            String name = join(line.get(RppsLine.EXERCISE_CIVILITY_LABEL), line.get(RppsLine.FIRST_NAME),
                    line.get(RppsLine.LAST_NAME).toUpperCase(Locale.FRANCE));
            entries.add(new DirectoryEntry("PP:" + rpps + ":" + site, rpps, classification.practitioner(), name,
                    line.get(RppsLine.PROFESSION_CODE), blankToNull(line.get(RppsLine.PROFESSION_LABEL)),
                    blankToNull(line.get(RppsLine.SAVOIR_FAIRE_CODE)), blankToNull(line.get(RppsLine.SAVOIR_FAIRE_LABEL)),
                    blankToNull(siteName), blankToNull(street), blankToNull(complement), postcode, blankToNull(city),
                    blankToNull(commune), blankToNull(phone), null, null, null, null, null, addressKey));
        }
        if (classification.site() != null && siteName != null && !siteName.isBlank()) {
            entries.add(new DirectoryEntry("SITE:" + site, null, classification.site(), siteName, null, null, null, null,
                    null, blankToNull(street), blankToNull(complement), postcode, blankToNull(city), blankToNull(commune),
                    blankToNull(phone), null, null, null, null, null, addressKey));
        }
        return entries;
    }

    /** The site's own identifier when the file has one, otherwise its name and address. */
    private static String siteKey(RppsLine line, String street, String postcode) {
        for (String column : List.of(RppsLine.STRUCTURE_ID, RppsLine.SIRET, RppsLine.FINESS)) {
            if (!line.get(column).isEmpty()) {
                return line.get(column);
            }
        }
        String address = (line.get(RppsLine.SITE_NAME) + "|" + street + "|" + postcode).toUpperCase(Locale.FRANCE);
        return "A" + Integer.toHexString(address.hashCode()) + Integer.toHexString(address.length());
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(p -> p != null && !p.isBlank()).map(String::strip).collect(Collectors.joining(" "));
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
