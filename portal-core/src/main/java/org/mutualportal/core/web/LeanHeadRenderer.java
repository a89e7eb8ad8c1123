package org.mutualportal.core.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.config.PrimeConfiguration;
import org.primefaces.context.PrimeRequestContext;
import org.primefaces.renderkit.HeadRenderer;

/**
 * PrimeFaces' head, less PrimeFaces' client set-up on a page that loads none of PrimeFaces' scripts. PrimeFaces adds
 * its locale script (locales/locale-fr.js, 18 kB) and an inline {@code pf.settings} script to every head; on a page
 * without a PrimeFaces widget (the shell is plain HTML: docs/performance.md, "Lean pages") core.js is not there and
 * both would be sent for nothing (the settings script does nothing without core.js, the locale one has nothing to
 * configure).
 * Declared in {@code META-INF/lean-pages.faces-config.xml}, after PrimeFaces.
 */
public class LeanHeadRenderer extends HeadRenderer {

    @Override
    protected void encodeLocaleResources(FacesContext context, PrimeConfiguration configuration) {
        if (PageTheme.declares(context, "core.js")) {
            super.encodeLocaleResources(context, configuration);
        }
    }

    @Override
    protected void encodeSettingScripts(FacesContext context, PrimeRequestContext request, PrimeConfiguration configuration,
            ResponseWriter writer) throws IOException {
        if (PageTheme.declares(context, "core.js")) {
            super.encodeSettingScripts(context, request, configuration, writer);
        }
    }
}
