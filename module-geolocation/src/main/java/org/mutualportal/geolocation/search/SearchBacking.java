package org.mutualportal.geolocation.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.mutualportal.core.web.Texts;
import org.mutualportal.geolocation.GeolocationModule;
import org.mutualportal.geolocation.directory.Category;
import org.mutualportal.geolocation.directory.Directory;
import org.mutualportal.geolocation.directory.SearchHit;
import org.mutualportal.geolocation.directory.SearchResults;
import org.mutualportal.geolocation.geocoding.AddressQuery;
import org.mutualportal.geolocation.geocoding.Geocoding;
import org.mutualportal.geolocation.geocoding.GeolocationSettings;
import org.mutualportal.geolocation.geocoding.Place;

/**
 * "Géolocalisation": the guide's form (category, around my position or an address, radius) submitted by GET,
 * so that the search works without JavaScript, a result page can be bookmarked and paged with plain links,
 * and no view state is kept. "Ma position" needs the browser's geolocation, asked only when the member
 * submits with that choice (the page's script fills {@code lat}/{@code lon}); without it the member is told
 * to type an address. Errors are shown next to their field.
 */
@Named("geoSearch")
@RequestScoped
public class SearchBacking {

    static final int PAGE_SIZE = 10;
    static final int DEFAULT_RADIUS_KM = 5;
    static final String POSITION = "position";
    static final String ADDRESS = "address";

    @Inject
    Directory directory;

    @Inject
    Geocoding geocoding;

    @Inject
    GeolocationSettings settings;

    // URL parameters
    private String category;
    private String around;
    private String address;
    private String lat;
    private String lon;
    private String radius;
    private String page;

    private final Map<String, String> errors = new HashMap<>();
    private Category chosen;
    private int radiusKm = DEFAULT_RADIUS_KM;
    private int pageNumber = 1;
    private Place point;
    private SearchResults results;

    /** View action: runs the search the URL describes, if it describes one. */
    public void load() {
        radiusKm = parseRadius(radius);
        pageNumber = parsePage(page);
        if (blank(category) && blank(around) && blank(address)) {
            return; // the empty form
        }
        chosen = Category.parse(category).orElse(null);
        if (chosen == null) {
            errors.put("category", text("error.category"));
        }
        if (POSITION.equals(around)) {
            point = position().orElse(null);
            if (point == null) {
                errors.put("around", text("error.position"));
            }
        } else if (ADDRESS.equals(around) || (blank(around) && !blank(address))) {
            around = ADDRESS;
            if (blank(address)) {
                errors.put("address", text("error.address.required"));
            } else if (address.length() > 200) {
                errors.put("address", text("error.address.notFound"));
            } else {
                point = geocoding.locate(AddressQuery.typed(address)).orElse(null);
                if (point == null) {
                    errors.put("address", text("error.address.notFound"));
                }
            }
        } else {
            errors.put("around", text("error.around"));
        }
        if (errors.isEmpty()) {
            results = directory.search(chosen, point.latitude(), point.longitude(), radiusKm,
                    (pageNumber - 1) * PAGE_SIZE, PAGE_SIZE);
        }
    }

    private Optional<Place> position() {
        try {
            double latitude = Double.parseDouble(lat);
            double longitude = Double.parseDouble(lon);
            if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || Double.isNaN(latitude) || Double.isNaN(longitude)) {
                return Optional.empty();
            }
            return Optional.of(new Place(text("around.position.label"), latitude, longitude, null, null, "HOUSENUMBER",
                    "BROWSER"));
        } catch (NumberFormatException | NullPointerException e) {
            return Optional.empty();
        }
    }

    static int parseRadius(String raw) {
        try {
            int km = Integer.parseInt(raw);
            return Directory.RADII_KM.contains(km) ? km : DEFAULT_RADIUS_KM;
        } catch (NumberFormatException e) {
            return DEFAULT_RADIUS_KM;
        }
    }

    static int parsePage(String raw) {
        try {
            int n = Integer.parseInt(raw);
            return n >= 1 && n <= 10_000 ? n : 1;
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    // --- What the page shows -------------------------------------------------------------------------------

    public boolean isSearched() {
        return results != null;
    }

    public List<SearchHit> getHits() {
        return results == null ? List.of() : results.hits();
    }

    public long getTotal() {
        return results == null ? 0 : results.total();
    }

    public int getFirstIndex() {
        return (pageNumber - 1) * PAGE_SIZE + 1;
    }

    public int getPageCount() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<Integer> getPages() {
        int count = getPageCount();
        int from = Math.max(1, pageNumber - 3);
        int to = Math.min(count, from + 6);
        List<Integer> pages = new ArrayList<>();
        for (int p = from; p <= to; p++) {
            pages.add(p);
        }
        return pages;
    }

    public String getResultsTitle() {
        if (getTotal() == 0) {
            return text("results.none", radiusKm, point.label());
        }
        return text(getTotal() == 1 ? "results.one" : "results.many", getTotal(), radiusKm, point.label());
    }

    /** The point is only the centre of a commune: distances are approximate. */
    public boolean isApproximate() {
        return point != null && point.isMunicipalityOnly();
    }

    public String error(String field) {
        return errors.get(field);
    }

    public boolean hasError(String field) {
        return errors.containsKey(field);
    }

    /** The member searched around their position: the radio is checked, lat/lon kept, the address left empty. */
    public boolean isPositionChosen() {
        return POSITION.equals(around);
    }

    public List<Category> categories(String group) {
        return switch (group) {
            case "doctors" -> List.of(Category.GENERAL_PRACTITIONER, Category.CARDIOLOGIST, Category.DERMATOLOGIST,
                    Category.GASTROENTEROLOGIST, Category.GYNECOLOGIST, Category.OPHTHALMOLOGIST, Category.ENT,
                    Category.PEDIATRICIAN, Category.PSYCHIATRIST, Category.RADIOLOGIST, Category.RHEUMATOLOGIST);
            case "others" -> List.of(Category.DENTIST, Category.MIDWIFE, Category.NURSE, Category.PHYSIOTHERAPIST,
                    Category.OPTICIAN, Category.HEARING_AID);
            default -> List.of(Category.PHARMACY, Category.LABORATORY, Category.HOSPITAL);
        };
    }

    public List<Integer> getRadii() {
        return Directory.RADII_KM;
    }

    public String radiusLabel(int km) {
        return text("search.radius.km", km);
    }

    /** "350 m", "1,2 km", "12 km". */
    public static String distance(double meters) {
        if (meters < 995) {
            return Math.round(meters / 10.0) * 10 + " m";
        }
        NumberFormat format = NumberFormat.getNumberInstance(Locale.FRANCE);
        format.setMaximumFractionDigits(meters < 9_950 ? 1 : 0);
        return format.format(meters / 1000) + " km";
    }

    public String distanceOf(SearchHit hit) {
        return distance(hit.distanceMeters());
    }

    public String conventionOf(SearchHit hit) {
        return hit.convention() == null ? null : text("convention." + hit.convention());
    }

    public String telOf(SearchHit hit) {
        String digits = hit.phone() == null ? "" : hit.phone().replaceAll("\\D", "");
        return digits.matches("0\\d{9}") ? "tel:+33" + digits.substring(1) : null;
    }

    /** The link to another page of the same search. */
    public String pageQuery(int number) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("category", chosen.name());
        params.put("around", around);
        if (POSITION.equals(around)) {
            params.put("lat", lat);
            params.put("lon", lon);
        } else {
            params.put("address", address);
        }
        params.put("radius", Integer.toString(radiusKm));
        params.put("page", Integer.toString(number));
        return params.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The map's data (search point and this page's results), read by the page's script. */
    public String getMapData() {
        JsonArrayBuilder hits = Json.createArrayBuilder();
        int index = getFirstIndex();
        for (SearchHit hit : getHits()) {
            hits.add(Json.createObjectBuilder().add("id", hit.id()).add("n", index++).add("name", hit.displayName())
                    .add("lat", hit.latitude()).add("lon", hit.longitude()).add("distance", distance(hit.distanceMeters())));
        }
        return Json.createObjectBuilder()
                .add("lat", point.latitude()).add("lon", point.longitude()).add("label", point.label())
                .add("radius", radiusKm * 1000).add("results", hits).build().toString();
    }

    public String getTilesUrl() {
        return settings.getTilesUrl();
    }

    public String getTilesAttribution() {
        return settings.getTilesAttribution();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String key, Object... args) {
        return Texts.of(GeolocationModule.BUNDLE, key, args);
    }

    // --- URL parameters ------------------------------------------------------------------------------------

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getAround() {
        return around;
    }

    public void setAround(String around) {
        this.around = around;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getLat() {
        return lat;
    }

    public void setLat(String lat) {
        this.lat = lat;
    }

    public String getLon() {
        return lon;
    }

    public void setLon(String lon) {
        this.lon = lon;
    }

    public String getRadius() {
        return radius;
    }

    public void setRadius(String radius) {
        this.radius = radius;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public int getRadiusKm() {
        return radiusKm;
    }

    public int getPageNumber() {
        return pageNumber;
    }
}
