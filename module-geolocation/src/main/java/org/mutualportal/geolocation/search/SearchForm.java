package org.mutualportal.geolocation.search;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.mutualportal.geolocation.directory.Category;

/**
 * The search as the page's address states it: its view parameters, typed by Faces as it reads them, and the
 * rules a search follows. A parameter's own rule (a latitude between -90 and 90, a radius the form offers) is
 * checked by Faces with the parameter. The rules that hold only once the member has asked for a search
 * ({@link Asked}: a category, and where to look) are checked by the page's view action, so that the empty form
 * — the dashboard's and the menu's link — blames nobody. Either way each message shows next to its field.
 */
@PointGiven(groups = SearchForm.Asked.class)
public class SearchForm {

    /** The rules of a search the member asked for. */
    public interface Asked {
    }

    static final String POSITION = "position";
    static final String ADDRESS = "address";

    @NotNull(groups = Asked.class, message = "{org.mutualportal.geolocation.category}")
    private Category category;

    private String around;

    private String address;

    @DecimalMin(value = "-90", message = "{org.mutualportal.geolocation.latitude}")
    @DecimalMax(value = "90", message = "{org.mutualportal.geolocation.latitude}")
    private Double lat;

    @DecimalMin(value = "-180", message = "{org.mutualportal.geolocation.longitude}")
    @DecimalMax(value = "180", message = "{org.mutualportal.geolocation.longitude}")
    private Double lon;

    @SearchRadius
    private Integer radius;

    private Integer page;

    /** Whether the address asks for a search at all (a link to the page opens the empty form). */
    public boolean isAsked() {
        return category != null || !blank(around) || !blank(address);
    }

    /** Around the member's position: the radio is checked, lat/lon kept, the address left empty. */
    public boolean isAroundPosition() {
        return POSITION.equals(around);
    }

    /** Around a typed address: chosen, or meant by an address typed with neither choice made. */
    public boolean isAroundAddress() {
        return ADDRESS.equals(around) || (blank(around) && !blank(address));
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
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

    public Double getLat() {
        return lat;
    }

    public void setLat(Double lat) {
        this.lat = lat;
    }

    public Double getLon() {
        return lon;
    }

    public void setLon(Double lon) {
        this.lon = lon;
    }

    public Integer getRadius() {
        return radius;
    }

    public void setRadius(Integer radius) {
        this.radius = radius;
    }

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }
}
