package org.mutualportal.core.legal;

/**
 * The legal pages, in the footer's order: one list for the Faces footer ({@code WEB-INF/portal/footer.xhtml})
 * and the error pages, which are written without Faces. The pages live under {@code /public/core/}, public
 * and out of any module's way ("core" is a reserved module id).
 */
public enum LegalPage {
    LEGAL_NOTICE("legal-notice", "footer.legal.notice"),
    PRIVACY("privacy", "footer.legal.privacy"),
    ACCESSIBILITY("accessibility", "footer.legal.accessibility"),
    COOKIES("cookies", "footer.legal.cookies");

    private final String id;
    private final String labelKey;

    LegalPage(String id, String labelKey) {
        this.id = id;
        this.labelKey = labelKey;
    }

    /** Its name in URLs and element ids ({@code footer-<id>}). */
    public String getId() {
        return id;
    }

    /** The key of its footer link's label in the core's bundle. */
    public String getLabelKey() {
        return labelKey;
    }

    /** Its context-relative path. */
    public String getPath() {
        return "/public/core/" + id + ".xhtml";
    }
}
