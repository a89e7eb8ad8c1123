package org.mutualportal.core.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.mutualportal.api.text.Texts;
import org.mutualportal.core.security.source.SourceWatch;
import org.mutualportal.core.web.CoreTexts;

/**
 * The page of client sources held back ({@code /admin/sources.xhtml}): addresses and blocks slowed or refused
 * now, the counts per hour of the last day, and lifting a block.
 */
@Named
@ViewScoped
public class SourcesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SourceWatch watch;

    private List<SourceWatch.Watched> watched;
    private List<SourceWatch.HourCount> hours;

    public void load() {
        watched = watch.watched();
        hours = watch.perHour();
    }

    /** "Lever le blocage": then the page again with the outcome (post-redirect-get). */
    public String lift(String key) {
        Texts.flash(CoreTexts.core(watch.lift(key) ? "admin.sources.lifted" : "admin.sources.not-held",
                key.substring(key.indexOf(':') + 1)));
        return "/admin/sources.xhtml?faces-redirect=true";
    }

    public List<SourceWatch.Watched> getWatched() {
        return watched;
    }

    public List<SourceWatch.HourCount> getHours() {
        return hours;
    }
}
