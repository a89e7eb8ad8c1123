package org.mutualportal.account.it;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.mutualportal.core.testing.ShiftedClock;

/**
 * Moves the portal's clock ({@link ShiftedClock}) for a test that runs as a client — it needs the OpenID Connect
 * provider it started, in its own JVM — since Payara Micro runs in another process, whose static fields are not the
 * test's: {@code GET /public/test-clock?minutes=11}, and {@code ?minutes=0} to put it back. Test deployments only.
 */
@WebServlet("/public/test-clock")
public class ClockProbe extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ShiftedClock.shift(Duration.ofMinutes(Long.parseLong(request.getParameter("minutes"))));
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print("shifted");
    }
}
