package org.mutualportal.geolocation.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.mutualportal.core.audit.AuditLog;
import org.mutualportal.core.member.MemberContext;
import org.mutualportal.core.member.SignedInUser;
import org.mutualportal.core.web.Texts;
import org.mutualportal.geolocation.GeolocationModule;

/**
 * "Annuaire santé : imports": the files of the import folder, a button per kind of import, the latest runs.
 * Starting an import is audited; the page shows the run's progress when reloaded.
 */
@Named
@RequestScoped
public class ImportAdminBacking {

    @Inject
    ImportRuns runs;

    @Inject
    MemberContext memberContext;

    @Inject
    AuditLog audit;

    private List<ImportRun> latest;

    public boolean isConfigured() {
        return runs.folder().isPresent();
    }

    public String getFolder() {
        return runs.folder().map(Object::toString).orElse("");
    }

    public List<ImportRuns.ImportFile> getFiles() {
        return runs.files();
    }

    public List<ImportRun> getLatest() {
        if (latest == null) {
            latest = runs.latest(10);
        }
        return latest;
    }

    public String getDirectorySize() {
        long[] size = runs.directorySize();
        return Texts.of(GeolocationModule.BUNDLE, "admin.directory", size[0], size[1]);
    }

    public String counts(ImportRun run) {
        return Texts.of(GeolocationModule.BUNDLE, "admin.counts", run.readLines(), run.inserted(), run.updated(),
                run.unchanged(), run.malformed(), run.ignored(), run.notLocated());
    }

    public void importRpps(String fileName) {
        start(fileName, ImportRuns.Kind.RPPS);
    }

    public void importPostcodes(String fileName) {
        start(fileName, ImportRuns.Kind.POSTCODES);
    }

    private void start(String fileName, ImportRuns.Kind kind) {
        String actor = memberContext.user().map(SignedInUser::callerName).orElse("?");
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
        try {
            runs.start(fileName, kind, actor);
            audit.recordAlone(actor, "GEOLOCATION_IMPORT", fileName, kind.name(), request.getRemoteAddr());
            Texts.info(Texts.of(GeolocationModule.BUNDLE, "admin.started", fileName));
        } catch (IllegalArgumentException e) {
            Texts.error(null, e.getMessage());
        }
        latest = null;
    }
}
