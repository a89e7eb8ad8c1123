package org.mutualportal.geolocation.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.within;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mutualportal.core.testing.TestMembers;
import org.mutualportal.geolocation.demo.GeolocationDemoData;
import org.mutualportal.geolocation.directory.Category;
import org.mutualportal.geolocation.directory.Directory;
import org.mutualportal.geolocation.directory.DirectoryEntry;
import org.mutualportal.geolocation.directory.DirectoryWriter;
import org.mutualportal.geolocation.directory.GeoMath;
import org.mutualportal.geolocation.directory.SearchHit;
import org.mutualportal.geolocation.directory.SearchResults;
import org.mutualportal.geolocation.geocoding.AddressQuery;
import org.mutualportal.geolocation.geocoding.BanGeocoder;
import org.mutualportal.geolocation.geocoding.Geocoding;
import org.mutualportal.geolocation.geocoding.GeocodingException;
import org.mutualportal.geolocation.geocoding.GeolocationSettings;
import org.mutualportal.geolocation.geocoding.Place;
import org.mutualportal.geolocation.geocoding.PostcodeGeocoder;
import org.mutualportal.geolocation.geocoding.PostcodeTableImport;
import org.mutualportal.geolocation.rpps.ImportReport;
import org.mutualportal.geolocation.rpps.RppsImporter;
import org.mutualportal.testing.EmbeddedDatabase;
import org.mutualportal.testing.PortalDeployment;
import org.mutualportal.testing.PortalTest;
import org.mutualportal.testing.WebClient;
import org.mutualportal.testing.WebClient.Page;

/**
 * The geolocation module on Payara Micro with PostgreSQL: the proximity search (order, radius edges,
 * category, paging), the RPPS import run twice, the Base Adresse Nationale adapter against a fake server on
 * the loopback (answer, timeout, malformed, error) and the fallback to the postcode table, then the pages as
 * a member sees them — without JavaScript over HTTP, and in a real browser whose position is faked.
 */
@PortalTest
class GeolocationIT {

    private static final String PASSWORD = "Vacances-Ete2026";
    private static final String SAMPLE = "rpps/PS_LibreAcces_Personne_activite_sample.txt";
    /** The administrators' import folder (created in the test JVM; the server runs on the same machine). */
    private static final java.nio.file.Path IMPORT_DIR = tempDir();

    @Deployment
    static WebArchive deployment() {
        return PortalDeployment.module()
                .withClasses(TestMembers.class, TestMembers.Created.class, FakeBan.class, TestDirectory.class,
                        org.mutualportal.geolocation.geocoding.BanTestAccess.class)
                .withLibrary(ShrinkWrap.create(JavaArchive.class, "geolocation-test-data.jar").addAsResource(SAMPLE))
                .withConfig("portal.geolocation.ban.enabled", "true")
                .withConfig("portal.geolocation.ban.url", "http://127.0.0.1:" + freePort())
                .withConfig("portal.geolocation.ban.timeout-ms", "600")
                .withConfig("portal.geolocation.import-dir", IMPORT_DIR.toString())
                // Tiles cannot load in tests (nothing listens there): the list must not care.
                .withConfig("portal.geolocation.tiles.url", "http://127.0.0.1:9/{z}/{x}/{y}.png")
                .build();
    }

    @ArquillianResource
    URL base;

    @Inject
    Directory directory;

    @Inject
    DirectoryWriter writer;

    @Inject
    RppsImporter importer;

    @Inject
    PostcodeGeocoder offline;

    @Inject
    Geocoding geocoding;

    @Inject
    GeolocationSettings settings;

    @Inject
    PostcodeTableImport postcodeImport;

    @Inject
    GeolocationDemoData demo;

    @Resource(lookup = "java:app/jdbc/portal")
    DataSource portalDatabase;

    // --- The search, in the container ----------------------------------------------------------------------

    @Test
    void resultsAreOrderedByDistanceAndPagedInSql() {
        double lat = 45.10;
        double lon = 1.10;
        writer.write(List.of(at("A", Category.GENERAL_PRACTITIONER, lat, lon, 400, 0),
                at("B", Category.GENERAL_PRACTITIONER, lat, lon, 0, -100),
                at("C", Category.GENERAL_PRACTITIONER, lat, lon, -250, 0),
                at("D", Category.GENERAL_PRACTITIONER, lat, lon, 600, 600),
                at("E", Category.GENERAL_PRACTITIONER, lat, lon, 1_800, 0)));

        SearchResults first = directory.search(Category.GENERAL_PRACTITIONER, lat, lon, 1, 0, 2);
        SearchResults second = directory.search(Category.GENERAL_PRACTITIONER, lat, lon, 1, 2, 2);
        SearchResults beyond = directory.search(Category.GENERAL_PRACTITIONER, lat, lon, 1, 10, 2);

        assertThat(first.total()).isEqualTo(4);
        assertThat(first.hits()).extracting(SearchHit::displayName).containsExactly("B", "C");
        assertThat(first.hits().get(0).distanceMeters()).isCloseTo(100, within(0.5));
        assertThat(second.hits()).extracting(SearchHit::displayName).containsExactly("A", "D");
        assertThat(second.hits().get(1).distanceMeters()).isCloseTo(Math.hypot(600, 600), within(1.0));
        assertThat(beyond.hits()).isEmpty();
        assertThat(beyond.total()).as("the pager still knows the total past the last page").isEqualTo(4);
    }

    @Test
    void theRadiusIsAnExactDistanceNotTheBoxAroundIt() {
        double lat = 45.30;
        double lon = 1.30;
        writer.write(List.of(at("inside", Category.DENTIST, lat, lon, 0, 995),
                at("just outside", Category.DENTIST, lat, lon, 0, 1_005),
                at("box corner", Category.DENTIST, lat, lon, 800, -800),
                at("south edge", Category.DENTIST, lat, lon, -999, 0)));

        SearchResults one = directory.search(Category.DENTIST, lat, lon, 1, 0, 10);
        SearchResults two = directory.search(Category.DENTIST, lat, lon, 2, 0, 10);

        assertThat(one.hits()).extracting(SearchHit::displayName).containsExactly("inside", "south edge");
        assertThat(two.hits()).extracting(SearchHit::displayName)
                .containsExactly("inside", "south edge", "just outside", "box corner");
    }

    @Test
    void onlyTheChosenCategoryIsListed() {
        double lat = 45.50;
        double lon = 1.50;
        writer.write(List.of(at("Généraliste", Category.GENERAL_PRACTITIONER, lat, lon, 100, 0),
                at("Cardiologue", Category.CARDIOLOGIST, lat, lon, 50, 0),
                at("Pharmacie", Category.PHARMACY, lat, lon, 10, 0)));

        assertThat(directory.search(Category.CARDIOLOGIST, lat, lon, 1, 0, 10).hits())
                .extracting(SearchHit::displayName).containsExactly("Cardiologue");
        assertThat(directory.search(Category.PHARMACY, lat, lon, 1, 0, 10).hits())
                .extracting(SearchHit::displayName).containsExactly("Pharmacie");
        assertThat(directory.search(Category.OPTICIAN, lat, lon, 20, 0, 10).hits()).isEmpty();
    }

    // --- The RPPS import, in the container ------------------------------------------------------------------

    @Test
    void importingTheSameFileTwiceChangesNothingAndAChangedLineUpdatesItsRow() throws IOException, SQLException {
        byte[] file;
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SAMPLE)) {
            file = in.readAllBytes();
        }

        ImportReport firstRun = importer.importFile(new ByteArrayInputStream(file), "auto", offline);
        String stampsAfterFirst = text("select string_agg(source_key || '=' || updated_at, ',' order by source_key) "
                + "from geo_professional where source_key like 'PP:199%' or source_key like 'SITE:S19%'");
        ImportReport secondRun = importer.importFile(new ByteArrayInputStream(file), "auto", offline);

        assertThat(firstRun).isEqualTo(new ImportReport(11, 2, 2, 8, 0, 0, 1));
        assertThat(secondRun).isEqualTo(new ImportReport(11, 2, 2, 0, 0, 8, 1));
        assertThat(text("select string_agg(source_key || '=' || updated_at, ',' order by source_key) "
                + "from geo_professional where source_key like 'PP:199%' or source_key like 'SITE:S19%'"))
                .isEqualTo(stampsAfterFirst);
        assertThat(text("select display_name || ' ' || category || ' ' || latitude || ' ' || longitude "
                + "from geo_professional where source_key = 'SITE:S19000003'"))
                .as("the pharmacy, at the centre of Marseille 2e")
                .isEqualTo("PHARMACIE DU LACYDON PHARMACY 43.29664 5.37034");
        assertThat(text("select count(*) from geo_professional where source_key = 'PP:19900000009:S19000009' "
                + "and latitude is null")).as("an unknown postcode: kept, not searchable").isEqualTo("1");

        byte[] moved = new String(file, StandardCharsets.UTF_8).replace("0465710001", "0465710099")
                .getBytes(StandardCharsets.UTF_8);
        ImportReport thirdRun = importer.importFile(new ByteArrayInputStream(moved), "auto", offline);
        assertThat(thirdRun.updated()).isEqualTo(1);
        assertThat(thirdRun.unchanged()).isEqualTo(7);
    }

    @Test
    void theDemoDirectoryIsLoadedOnceAroundMarseille() throws SQLException {
        demo.load();
        demo.load();
        try {
            assertThat(text("select count(*) from geo_professional where source_key like 'DEMO:%'")).isEqualTo("3000");
            SearchResults nearVieuxPort = directory.search(Category.GENERAL_PRACTITIONER, 43.2951, 5.3752, 1, 0, 10);
            assertThat(nearVieuxPort.total()).as("general practitioners within 1 km of the Vieux-Port").isGreaterThan(10);
        } finally {
            try (Connection connection = portalDatabase.getConnection(); Statement statement = connection.createStatement()) {
                statement.executeUpdate("delete from geo_professional where source_key like 'DEMO:%'");
            }
        }
    }

    // --- Geocoding, in the container --------------------------------------------------------------------------

    @Test
    void theBanAdapterReadsAGeoCodeJsonAnswerFromTheServer() {
        FakeBan.startAt(settings.getBanUrl());
        BanGeocoder ban = new BanGeocoder(settings.getBanUrl(), Duration.ofMillis(600), 50);

        Place place = ban.locate(AddressQuery.typed("12 rue de la République, Marseille")).orElseThrow();

        assertThat(place.label()).isEqualTo("12 Rue de la République 13002 Marseille");
        assertThat(place.latitude()).isEqualTo(43.297112);
        assertThat(place.longitude()).isEqualTo(5.376211);
        assertThat(place.precision()).isEqualTo("HOUSENUMBER");
        assertThat(ban.suggest("12 rue de la republique", 5)).extracting(Place::label)
                .as("the low-score feature is dropped").containsExactly("12 Rue de la République 13002 Marseille");
        assertThat(ban.locate(AddressQuery.typed("nulle part"))).isEmpty();
    }

    @Test
    void theBanAdapterGivesUpAtItsTimeoutAndRefusesMalformedOrFailedAnswers() {
        FakeBan.startAt(settings.getBanUrl());
        BanGeocoder ban = new BanGeocoder(settings.getBanUrl(), Duration.ofMillis(600), 50);

        long start = System.nanoTime();
        assertThatThrownBy(() -> ban.locate(AddressQuery.typed("une adresse lente"))).isInstanceOf(GeocodingException.class)
                .hasMessageContaining("600 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1_500));
        FakeBan.releaseSlowAnswers();
        assertThatThrownBy(() -> ban.locate(AddressQuery.typed("une réponse cassée"))).isInstanceOf(GeocodingException.class)
                .hasMessageContaining("Malformed");
        assertThatThrownBy(() -> ban.locate(AddressQuery.typed("serveur en panne"))).isInstanceOf(GeocodingException.class)
                .hasMessageContaining("HTTP 500");
        assertThatThrownBy(() -> new BanGeocoder("http://127.0.0.1:9", Duration.ofMillis(600), 50)
                .locate(AddressQuery.typed("12 rue de la République"))).isInstanceOf(GeocodingException.class);
        for (String body : new String[] {"{\"features\": 3}", "{}",
            "{\"features\":[{\"geometry\":{\"coordinates\":[\"x\",\"y\"]},\"properties\":{\"label\":\"a\"}}]}",
            "{\"features\":[{\"geometry\":{\"coordinates\":[5.3]},\"properties\":{\"label\":\"a\"}}]}"}) {
            assertThatThrownBy(() -> org.mutualportal.geolocation.geocoding.BanTestAccess.parse(body)).as(body)
                    .isInstanceOf(GeocodingException.class);
        }
    }

    @Test
    void whenTheBanFailsThePostcodeTableAnswers() {
        FakeBan.startAt(settings.getBanUrl());
        int calls = FakeBan.CALLS.get();

        Place broken = geocoding.locate(AddressQuery.typed("réponse cassée, 13008 Marseille")).orElseThrow();
        Place slow = geocoding.locate(AddressQuery.typed("rue lente 13005 Marseille")).orElseThrow();
        Place unknownToBan = geocoding.locate(AddressQuery.typed("Aix-en-Provence")).orElseThrow();
        Place online = geocoding.locate(AddressQuery.typed("12 rue de la République 13002 Marseille")).orElseThrow();

        assertThat(FakeBan.CALLS.get() - calls).as("the BAN was asked each time").isEqualTo(4);
        assertThat(broken.source()).isEqualTo("POSTCODE");
        assertThat(broken.label()).isEqualTo("13008 Marseille 8e Arrondissement");
        assertThat(slow.label()).isEqualTo("13005 Marseille 5e Arrondissement");
        assertThat(unknownToBan.label()).startsWith("13").endsWith("Aix-en-Provence");
        assertThat(online.source()).isEqualTo("BAN");
    }

    @Test
    void thePostcodeTableLocatesStructuredAddressesSuggestsAndCanBeExtended() throws IOException {
        Place exact = offline.locate(AddressQuery.structured("5 Quai du Port", "13004", "Marseille", "13212")).orElseThrow();
        assertThat(exact.label()).as("a postcode shared by two arrondissements: the commune code decides")
                .isEqualTo("13004 Marseille 12e Arrondissement");
        assertThat(offline.locate(AddressQuery.typed("13004"))).get().extracting(Place::label)
                .isEqualTo("13004 Marseille 4e Arrondissement");
        assertThat(offline.locate(AddressQuery.typed("75001 Paris"))).as("not in the shipped table").isEmpty();
        assertThat(offline.suggest("1300", 3)).extracting(Place::label).containsExactly(
                "13001 Marseille 1er Arrondissement", "13002 Marseille 2e Arrondissement", "13003 Marseille 3e Arrondissement");
        assertThat(offline.suggest("aix en pro", 10)).isNotEmpty().allSatisfy(p -> assertThat(p.city()).isEqualTo("Aix-en-Provence"));

        String csv = "Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;coordonnees_gps\n"
                + "75101;PARIS 01;75001;;PARIS;48.862549, 2.336419\n"
                + "75102;PARIS 02;75002;;PARIS;\n";
        PostcodeTableImport.Report report = postcodeImport.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(report).isEqualTo(new PostcodeTableImport.Report(2, 1, 0, 1));
        assertThat(offline.locate(AddressQuery.typed("75001 Paris"))).get().extracting(Place::latitude).isEqualTo(48.862549);
        assertThat(postcodeImport.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))).unchanged())
                .isEqualTo(1);
    }

    // --- Pages, over HTTP (no JavaScript) -------------------------------------------------------------------

    @Test
    @RunAsClient
    void aMemberSearchesAroundAnAddressWithoutJavaScript() {
        double lat = 43.28764;
        double lon = 5.37918; // the centre of Marseille 6e, where the postcode table puts "13006"
        TestDirectory pros = new TestDirectory(EmbeddedDatabase.dataSource());
        pros.add("HEARING_AID", "Audition Castellane", lat, lon, 0, 600, null, true);
        pros.add("HEARING_AID", "Audition Préfecture", lat, lon, 200, 0, "SECTOR_1", null);
        pros.add("HEARING_AID", "Audition Lointaine", lat, lon, 3_000, 0, null, null);
        WebClient browser = member("Lucie");

        Page page = browser.get("geolocation/search.xhtml?category=HEARING_AID&around=address&address="
                + enc("13006 Marseille") + "&radius=1");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("#results-title").text())
                .isEqualTo("2 professionnels trouvés à moins de 1 km de 13006 Marseille 6e Arrondissement");
        assertThat(page.html().select("#approximate").text()).contains("centre de la commune");
        List<Element> items = page.html().select("#results > li");
        assertThat(items).extracting(e -> e.selectFirst("h3").text()).containsExactly("Audition Préfecture", "Audition Castellane");
        assertThat(items.get(0).select(".geo-distance").text()).isEqualTo("à 200 m");
        assertThat(items.get(0).select(".geo-badges").text()).isEqualTo("Secteur 1 (tarif de la Sécurité sociale)");
        assertThat(items.get(1).select(".geo-badges").text()).isEqualTo("Tiers payant");
        assertThat(items.get(0).select(".geo-phone a").attr("href")).isEqualTo("tel:+33465710042");
        assertThat(items.get(0).select(".geo-phone a").text()).isEqualTo("04 65 71 00 42");
        assertThat(page.html().select("#category option[selected]").attr("value")).isEqualTo("HEARING_AID");
        assertThat(page.html().select("#around-address").hasAttr("checked")).isTrue();
        assertThat(page.html().select("#around-position").hasAttr("checked")).isFalse();
        assertThat(page.html().select("#address").attr("value")).isEqualTo("13006 Marseille");
        assertThat(page.html().select("#map").attr("data-tiles")).isEqualTo("http://127.0.0.1:9/{z}/{x}/{y}.png");
        assertThat(page.html().select("#map").attr("data-map")).contains("\"name\":\"Audition Préfecture\"");
        assertThat(page.html().select("script[src*=leaflet]").attr("src")).endsWith("/webjars/leaflet/1.9.4/dist/leaflet.js");
        assertThat(browser.get(page.html().select("script[src*=leaflet]").attr("src")).status())
                .as("Leaflet comes from the WAR").isEqualTo(200);
        assertThat(page.html().select("form#geo-search").attr("method")).isEqualTo("get");
    }

    @Test
    @RunAsClient
    void resultsArePagedWithPlainLinks() {
        double lat = 44.20;
        double lon = 4.20;
        TestDirectory pros = new TestDirectory(EmbeddedDatabase.dataSource());
        for (int i = 1; i <= 12; i++) {
            pros.add("OPTICIAN", String.format("Optique %02d", i), lat, lon, i * 50, 0, null, null);
        }
        WebClient browser = member("Hugo");

        Page first = browser.get("geolocation/search.xhtml?category=OPTICIAN&around=position&lat=44.2&lon=4.2&radius=2");
        Page second = browser.get(first.html().select("#page-next").attr("href"));

        assertThat(first.html().select("#results-title").text()).startsWith("12 professionnels trouvés à moins de 2 km de votre position");
        assertThat(first.html().select("#results > li")).hasSize(10);
        assertThat(first.html().select(".pager .current").text()).isEqualTo("1");
        assertThat(second.html().select("#results").attr("start")).isEqualTo("11");
        assertThat(second.html().select("#results > li h3")).extracting(Element::text).containsExactly("Optique 11", "Optique 12");
        assertThat(second.html().select("#around-position").hasAttr("checked")).isTrue();
        assertThat(second.html().select("#lat").attr("value")).isEqualTo("44.2");
    }

    @Test
    @RunAsClient
    void mistakesAreExplainedNextToTheirField() {
        WebClient browser = member("Noé");

        Page nothing = browser.get("geolocation/search.xhtml?around=position");
        Page noAddress = browser.get("geolocation/search.xhtml?category=DENTIST&around=address&address=");
        Page unknown = browser.get("geolocation/search.xhtml?category=DENTIST&around=address&address=" + enc("Zzyzx introuvable"));
        Page empty = browser.get("geolocation/search.xhtml");

        assertThat(nothing.html().select("#category-error").text()).isEqualTo("Sélectionnez une catégorie de professionnel de santé.");
        assertThat(nothing.html().select("#around-error").text()).startsWith("Votre position n'a pas pu être déterminée");
        assertThat(nothing.html().select("#results")).isEmpty();
        assertThat(noAddress.html().select("#address-error").text()).isEqualTo("Saisissez une adresse, un code postal ou une commune.");
        assertThat(unknown.html().select("#address-error").text()).isEqualTo("Adresse introuvable : précisez le code postal ou la commune.");
        assertThat(empty.html().select(".ui-message-error").eachText()).as("the empty form blames nobody").isEmpty();
        assertThat(empty.html().select(".has-error, [aria-invalid=true]")).isEmpty();
        assertThat(nothing.html().select("#category").attr("aria-invalid")).isEqualTo("true");
        assertThat(nothing.html().select(".field:has(#category)").hasClass("has-error")).isTrue();
        assertThat(nothing.html().select("#address").attr("aria-invalid")).isEqualTo("false");
        assertThat(empty.html().select("#category optgroup")).hasSize(3);
        assertThat(empty.html().select("label[for=category]").text()).contains("Catégorie du professionnel de santé");
        assertThat(empty.html().select("fieldset legend").text()).contains("Autour de");
        assertThat(empty.html().select("#around-position").parents().first().text()).isEqualTo("Ma position");
        assertThat(empty.html().select("#geo-submit").text()).isEqualTo("Lancer la recherche");
    }

    @Test
    @RunAsClient
    void aMessageKeepsWhatTheMemberChoseAndABrokenAddressIsAMessageOrA404() {
        WebClient browser = member("Paul");
        String dentist = "geolocation/search.xhtml?category=DENTIST&around=address&address=";

        Page unknown = browser.get(dentist + enc("Zzyzx introuvable") + "&radius=10");
        Page farRadius = browser.get(dentist + "13006&radius=3");
        Page wordRadius = browser.get(dentist + "13006&radius=dix");
        Page brokenLatitude = browser.get("geolocation/search.xhtml?category=DENTIST&around=position&lat=abc&lon=5.4");
        Page offTheGlobe = browser.get("geolocation/search.xhtml?category=DENTIST&around=position&lat=95&lon=5.4");
        Page unknownCategory = browser.get("geolocation/search.xhtml?category=PLOMBIER&around=address&address=13006");

        assertThat(unknown.html().select("#category option[selected]").attr("value")).isEqualTo("DENTIST");
        assertThat(unknown.html().select("#address").attr("value")).isEqualTo("Zzyzx introuvable");
        assertThat(unknown.html().select("#radius option[selected]").attr("value")).isEqualTo("10");
        assertThat(unknown.html().select("#address-field").hasClass("has-error")).isTrue();
        assertThat(unknown.html().select("#address").attr("aria-invalid")).isEqualTo("true");
        assertThat(farRadius.html().select("#radius").attr("aria-invalid")).isEqualTo("true");
        assertThat(farRadius.html().select(".field:has(#radius)").hasClass("has-error")).isTrue();
        assertThat(farRadius.status()).isEqualTo(200);
        assertThat(farRadius.html().select("#radius-error").text()).isEqualTo("Choisissez l'un des rayons de recherche proposés.");
        assertThat(farRadius.html().select("#results")).as("no search with a radius the form does not offer").isEmpty();
        assertThat(wordRadius.html().select("#radius-error").text()).isEqualTo("Nombre entier attendu.");
        assertThat(brokenLatitude.html().select("#around-error").text()).startsWith("Votre position n'a pas pu être lue");
        assertThat(offTheGlobe.html().select("#around-error").text()).contains("la latitude est comprise entre -90 et 90");
        assertThat(offTheGlobe.html().select("#results")).isEmpty();
        assertThat(unknownCategory.html().select("#category-error").text()).startsWith("Catégorie inconnue");
        assertThat(browser.get(dentist + "13006&page=abc").status()).isEqualTo(404);
        assertThat(browser.get(dentist + "13006&page=-2").status()).isEqualTo(404);
        assertThat(browser.get(dentist + "13006&page=0").status()).as("pages are numbered from 1").isEqualTo(404);
    }

    @Test
    @RunAsClient
    void addressSuggestionsAreJsonForSignedInMembersOnly() {
        WebClient anonymous = client();
        Page refused = anonymous.get("geolocation/suggest?q=1300");
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.location()).contains("login.xhtml");

        Page json = member("Inès").get("geolocation/suggest?q=" + enc("13008"));
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.header("Content-Type")).startsWith("application/json");
        assertThat(json.body()).startsWith("[{\"label\":\"13008 Marseille 8e Arrondissement\",\"lat\":43.2708");
    }

    @Test
    @RunAsClient
    void theDashboardOffersTheToolsCardAndTheMenuTheSearch() {
        Page home = member("Rose").get("home.xhtml");

        Element card = home.html().selectFirst(".tools-widget");
        assertThat(card).isNotNull();
        assertThat(card.select(".card-title").text()).isEqualTo("Mes outils");
        assertThat(card.text()).contains("Des services santé utiles au quotidien");
        assertThat(card.select("a#find-professional").text()).isEqualTo("Trouver un professionnel de santé");
        assertThat(card.select("a#find-professional").attr("href")).endsWith("/geolocation/search.xhtml");
        assertThat(home.html().select("#toolbar-HEALTH a").eachText()).contains("Trouver un professionnel de santé");
    }

    @Test
    @RunAsClient
    void theSearchPageHasTheGuidesTitleAndAWayBackToTheDashboard() {
        WebClient browser = member("Iris");

        Page search = browser.get("geolocation/search.xhtml");

        assertThat(search.html().select("h1").text()).isEqualTo("Géolocalisation");
        assertThat(search.html().select("a#back").text()).isEqualTo("← Retour");
        Page back = browser.open(search.html().select("a#back").attr("href"));
        assertThat(back.status()).isEqualTo(200);
        assertThat(back.uri().getPath()).endsWith("/home.xhtml");
    }

    @Test
    @RunAsClient
    void anAdministratorImportsAnRppsFileFromTheImportFolderInTheBackground() throws Exception {
        byte[] sample;
        try (InputStream in = GeolocationIT.class.getClassLoader().getResourceAsStream(SAMPLE)) {
            // Other RPPS numbers and sites than the idempotency test's, so that both find new rows.
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("|199000000", "|198000000")
                    .replace("|8199000000", "|8198000000").replace("S19", "S18").getBytes(StandardCharsets.UTF_8);
        }
        java.nio.file.Files.write(IMPORT_DIR.resolve("annuaire-2026.txt"), sample);
        TestMembers members = TestMembers.in(EmbeddedDatabase.dataSource());
        String login = "admin-" + System.nanoTime() + "@mutuelle.example";
        long account = members.staffAccount(login, PASSWORD);
        members.execute("update web_account set roles = 'ADMIN,STAFF' where id = ?", account);
        WebClient admin = client();
        admin.login(login, PASSWORD);

        Page page = admin.get("geolocation/admin/import.xhtml");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("h1").text()).isEqualTo("Annuaire santé : imports");
        assertThat(page.html().select("[id='files:table'] code").eachText()).contains("annuaire-2026.txt");
        int row = page.html().select("[id='files:table'] code").eachText().indexOf("annuaire-2026.txt");
        Page started = page.form("files").submit("files:table:" + row + ":rpps");
        assertThat(started.text()).contains("Import de annuaire-2026.txt lancé.");

        String outcome = await("the import's end").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> admin.get("geolocation/admin/import.xhtml").html().select("#runs tbody tr").first().text(),
                        text -> text.contains("Terminé"));
        assertThat(outcome).contains("annuaire-2026.txt", "Annuaire RPPS", "Terminé", "11 lignes lues : 8 ajoutées, "
                + "0 modifiées, 0 inchangées, 2 mal formées, 2 ignorées, 1 sans coordonnées");
        assertThat(members.count("select count(*) from audit_event where action = 'GEOLOCATION_IMPORT' and target = ?",
                "annuaire-2026.txt")).isEqualTo(1);
        assertThat(members.text("select actor || ' ' || detail from audit_event where action = 'GEOLOCATION_IMPORT' "
                + "and target = ?", "annuaire-2026.txt")).isEqualTo("account:" + account + " RPPS");
        assertThat(outcome).as("who started it").contains("account:" + account);

        assertThat(member("Léo").get("geolocation/admin/import.xhtml").status()).as("members may not import").isEqualTo(403);
    }

    // --- In a real browser, with a faked position ------------------------------------------------------------

    @Test
    @RunAsClient
    void aMemberSearchesAroundTheirPositionInABrowserAndIsToldWhenItIsRefused() {
        double lat = 43.2951;
        double lon = 5.3752; // Vieux-Port
        TestDirectory pros = new TestDirectory(EmbeddedDatabase.dataSource());
        pros.add("MIDWIFE", "Sage-femme du Quai", lat, lon, 120, 0, "SECTOR_1", true);
        pros.add("MIDWIFE", "Sage-femme du Panier", lat, lon, 450, -100, null, null);

        // Selenium is not in the test WAR: the browser code lives in a class the container never loads.
        PositionInBrowser.searchAroundAndGetRefused(URI.create(base.toString()), account("Margaux"), PASSWORD, lat, lon);
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static DirectoryEntry at(String name, Category category, double lat, double lon, double north, double east) {
        double[] p = GeoMath.offset(lat, lon, north, east);
        return new DirectoryEntry("IT:" + java.util.UUID.randomUUID(), null, category, name, null, null, null, null, null,
                "1 rue du Test", null, "13001", "Test", null, null, p[0], p[1], "TEST", null, null, "TEST");
    }

    private String text(String sql) throws SQLException {
        try (Connection connection = portalDatabase.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }

    private String account(String firstName) {
        TestMembers members = TestMembers.in(EmbeddedDatabase.dataSource());
        TestMembers.Created created = members.individual("Testeur", firstName, LocalDate.of(1985, 3, 4));
        String login = firstName.toLowerCase().replaceAll("[^a-z]", "") + "-" + System.nanoTime() + "@example.fr";
        members.account(created.memberId(), login, PASSWORD);
        return login;
    }

    private WebClient member(String firstName) {
        WebClient browser = client();
        browser.login(account(firstName), PASSWORD);
        return browser;
    }

    private WebClient client() {
        return new WebClient(URI.create(base.toString()));
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static java.nio.file.Path tempDir() {
        try {
            return java.nio.file.Files.createTempDirectory("geolocation-import-");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
