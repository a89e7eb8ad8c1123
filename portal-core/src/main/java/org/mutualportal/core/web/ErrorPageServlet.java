package org.mutualportal.core.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import org.mutualportal.core.legal.LegalPage;

/**
 * The error pages (400, 403, 404, 405, 413, 500, 503): plain HTML in French with a way back, rendered without
 * Faces so they still work when Faces itself is what failed. A 500 shows the reference of the logged
 * failure, never the failure.
 */
@WebServlet("/error/page")
public class ErrorPageServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Integer status = (Integer) request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        String reference = ErrorReference.logged(request);
        if (status == null) {
            // Reached by a redirect after a failed Ajax request: status and reference come as parameters.
            status = "500".equals(request.getParameter("status")) ? 500 : 404;
            String given = request.getParameter("ref");
            reference = given != null && given.matches("[A-Z0-9]{8}") ? given : null;
        }
        int code = status;
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        if (failure != null && reference == null) {
            code = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
            reference = ErrorReference.log(request, String.valueOf(request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI)), failure);
        }
        if (code >= 500 && reference == null) {
            reference = ErrorReference.of(request);
        }
        String kind = switch (code) {
            case 400, 403, 404, 405, 413, 503 -> Integer.toString(code);
            default -> code >= 500 ? "500" : "404";
        };
        messagePage(request, response, code, CoreTexts.core("error." + kind + ".title"), CoreTexts.core("error." + kind + ".text"),
                reference, "/", CoreTexts.core("error.back"));
    }

    /**
     * Writes a French message page in the error pages' form (no Faces): the title, the text, a reference when
     * there is one, and one way on.
     *
     * @param reference the logged failure's reference, or {@code null}
     * @param linkPath context-relative address of the way on
     */
    public static void messagePage(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String text, String reference, String linkPath, String linkLabel) throws IOException {
        messagePage(request, response, status, title, text, reference, request.getContextPath() + linkPath, linkLabel, false);
    }

    /**
     * Writes a French message page whose way on is any address, followed at once when {@code goOn} (a meta refresh:
     * a new navigation, which works without JavaScript and which the {@code form-action} rule does not bind, unlike a
     * redirect answering a form).
     */
    public static void messagePage(HttpServletRequest request, HttpServletResponse response, int status, String title,
            String text, String reference, String linkHref, String linkLabel, boolean goOn) throws IOException {
        response.setStatus(status);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        String context = request.getContextPath();
        try (PrintWriter out = response.getWriter()) {
            out.print("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"UTF-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + (goOn ? "<meta http-equiv=\"refresh\" content=\"0;url=" + html(linkHref) + "\">" : "")
                    + "<title>" + html(title) + " — " + html(CoreTexts.core("portal.title"))
                    + "</title><link rel=\"stylesheet\" href=\"" + context + "/resources/portal/css/portal.css\"></head>"
                    + "<body class=\"error-page\"><main id=\"main\" class=\"error-box\">"
                    + "<h1>" + html(title) + "</h1>"
                    + "<p>" + html(text) + "</p>");
            if (reference != null) {
                out.print("<p class=\"error-reference\">" + html(CoreTexts.core("error.reference")) + " <strong>"
                        + html(reference) + "</strong></p>");
            }
            out.print("<p><a class=\"button\" href=\"" + html(linkHref) + "\">" + html(linkLabel) + "</a></p>"
                    + "</main>" + legalLinks(context) + "</body></html>");
        }
    }

    /** The footer's links to the legal pages, which every page carries (WEB-INF/portal/footer.xhtml elsewhere). */
    private static String legalLinks(String context) {
        StringBuilder links = new StringBuilder("<footer class=\"site-footer\"><nav aria-label=\"")
                .append(html(CoreTexts.core("footer.legal.label"))).append("\"><ul class=\"footer-links\">");
        for (LegalPage page : LegalPage.values()) {
            links.append("<li><a href=\"").append(context).append(page.getPath()).append("\">")
                    .append(html(CoreTexts.core(page.getLabelKey()))).append("</a></li>");
        }
        return links.append("</ul></nav></footer>").toString();
    }

    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
