package org.mutualportal.geolocation.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.validation.ConstraintViolationException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mutualportal.api.error.BusinessException;
import org.mutualportal.api.text.Texts;
import org.mutualportal.api.validation.FormValidation;
import org.mutualportal.api.web.NotFoundException;
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
 * to type an address. The URL's parameters are the view parameters of {@link SearchForm}; what is wrong is
 * said next to its field.
 */
@Named("geoSearch")
@RequestScoped
public class SearchBacking {

    static final int PAGE_SIZE = 10;
    static final int DEFAULT_RADIUS_KM = 5;
    /** Longer than any address: not one, so not sent to a geocoder. */
    static final int MAX_ADDRESS = 200;

    @Inject
    Directory directory;

    @Inject
    Geocoding geocoding;

    @Inject
    GeolocationSettings settings;

    @Inject
    FormValidation validation;

    private final SearchForm form = new SearchForm();
    private Place point;
    private SearchResults results;

    /**
     * View action: runs the search the URL describes, if it describes one.
     *
     * @throws NotFoundException for page 0: pages are numbered from 1
     * @throws ConstraintViolationException when the search lacks its category or where to look
     * @throws BusinessException when the address is not found
     */
    public void load() {
        if (form.getPage() != null && form.getPage() < 1) {
            throw new NotFoundException();
        }
        if (!form.isAsked()) {
            return;
        }
        validation.check(form, SearchForm.Asked.class);
        point = form.isAroundPosition()
                ? new Place(text("around.position.label"), form.getLat(), form.getLon(), null, null, "HOUSENUMBER", "BROWSER")
                : locate(form.getAddress());
        results = directory.search(form.getCategory(), point.latitude(), point.longitude(), getRadiusKm(),
                (getPageNumber() - 1) * PAGE_SIZE, PAGE_SIZE);
    }

    private Place locate(String address) {
        if (address.length() > MAX_ADDRESS) {
            throw notFound();
        }
        return geocoding.locate(AddressQuery.typed(address)).orElseThrow(SearchBacking::notFound);
    }

    private static BusinessException notFound() {
        return new BusinessException(GeolocationModule.BUNDLE, "error.address.notFound").on("address");
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
        return (getPageNumber() - 1) * PAGE_SIZE + 1;
    }

    public int getPageCount() {
        return (int) Math.max(1, (getTotal() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public List<Integer> getPages() {
        int count = getPageCount();
        int from = Math.max(1, getPageNumber() - 3);
        int to = Math.min(count, from + 6);
        List<Integer> pages = new ArrayList<>();
        for (int p = from; p <= to; p++) {
            pages.add(p);
        }
        return pages;
    }

    public String getResultsTitle() {
        if (getTotal() == 0) {
            return text("results.none", getRadiusKm(), point.label());
        }
        return text(getTotal() == 1 ? "results.one" : "results.many", getTotal(), getRadiusKm(), point.label());
    }

    /** The point is only the centre of a commune: distances are approximate. */
    public boolean isApproximate() {
        return point != null && point.isMunicipalityOnly();
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
        params.put("category", form.getCategory().name());
        if (form.isAroundPosition()) {
            params.put("around", SearchForm.POSITION);
            params.put("lat", form.getLat().toString());
            params.put("lon", form.getLon().toString());
        } else {
            params.put("around", SearchForm.ADDRESS);
            params.put("address", form.getAddress());
        }
        params.put("radius", Integer.toString(getRadiusKm()));
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
                .add("radius", getRadiusKm() * 1000).add("results", hits).build().toString();
    }

    public String getTilesUrl() {
        return settings.getTilesUrl();
    }

    public String getTilesAttribution() {
        return settings.getTilesAttribution();
    }

    private static String text(String key, Object... args) {
        return Texts.of(GeolocationModule.BUNDLE, key, args);
    }

    /** The URL's parameters, bound by the page's view parameters. */
    public SearchForm getForm() {
        return form;
    }

    /** The radius searched: the one chosen, or the form's default. */
    public int getRadiusKm() {
        return form.getRadius() == null ? DEFAULT_RADIUS_KM : form.getRadius();
    }

    /** The page shown, from 1. */
    public int getPageNumber() {
        return form.getPage() == null ? 1 : form.getPage();
    }
}
