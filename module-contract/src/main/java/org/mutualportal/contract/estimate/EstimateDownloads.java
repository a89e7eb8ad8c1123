package org.mutualportal.contract.estimate;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mutualportal.api.web.Converters;
import org.mutualportal.api.web.Downloads;
import org.mutualportal.api.web.NotFoundException;

/**
 * {@code /contract/estimation/estimation-<id>.pdf}: one of the membership's estimates as a PDF; any other id
 * answers 404, like any other member's data.
 */
@WebServlet("/contract/estimation/*")
public class EstimateDownloads extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PDF = Pattern.compile("/estimation-(\\d{1,18})\\.pdf");

    @Inject
    Estimates estimates;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher pdf = PDF.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        try {
            if (!pdf.matches()) {
                throw new NotFoundException();
            }
            Estimates.Computed computed = estimates.find(Converters.parseId(pdf.group(1)));
            Downloads.send(response, estimates.pdf(computed), "application/pdf", "estimation-" + computed.id() + ".pdf");
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
