package org.mutualportal.geolocation.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mutualportal.api.text.Texts;
import org.mutualportal.geolocation.GeolocationModule;

/**
 * "Annuaire santé : imports": the files of the import folder, a button per kind of import, the latest runs.
 * Starting an import is audited ({@link ImportRuns#start}); the page shows the run's progress when reloaded. A
 * name that is not, or no longer, a file of the folder is refused with a message at the top of the page.
 */
@Named
@RequestScoped
public class ImportAdminBacking {

    @Inject
    ImportRuns runs;

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
        runs.start(fileName, kind);
        Texts.info(Texts.of(GeolocationModule.BUNDLE, "admin.started", fileName));
        latest = null;
    }
}
