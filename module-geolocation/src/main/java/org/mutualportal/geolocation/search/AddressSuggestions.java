package org.mutualportal.geolocation.search;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.mutualportal.geolocation.geocoding.Geocoding;
import org.mutualportal.geolocation.geocoding.Place;

/**
 * {@code GET /geolocation/suggest?q=…}: address suggestions as the member types, as JSON
 * ({@code [{"label": "13001 Marseille 1er Arrondissement", "lat": …, "lon": …}]}). Under the module's path,
 * so the page gate requires a signed-in member and answers 404 while the module is disabled; the BAN is
 * asked when it is enabled and within its rate, the postcode table otherwise.
 */
@WebServlet("/geolocation/suggest")
public class AddressSuggestions extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final int MAX = 6;

    @Inject
    Geocoding geocoding;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String q = request.getParameter("q");
        JsonArrayBuilder places = Json.createArrayBuilder();
        if (q != null && q.strip().length() >= 2 && q.length() <= 200) {
            for (Place place : geocoding.suggest(q, MAX)) {
                places.add(Json.createObjectBuilder().add("label", place.label()).add("lat", place.latitude())
                        .add("lon", place.longitude()));
            }
        }
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(places.build().toString());
    }
}
