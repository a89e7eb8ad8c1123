package org.mutualportal.core.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The read-only configuration page ({@code /admin/configuration.xhtml}). */
@Named
@RequestScoped
public class ConfigurationBacking {

    @Inject
    ConfigurationReport report;

    private List<ConfigurationReport.Entry> entries;

    public List<ConfigurationReport.Entry> getEntries() {
        if (entries == null) {
            entries = report.entries();
        }
        return entries;
    }
}
