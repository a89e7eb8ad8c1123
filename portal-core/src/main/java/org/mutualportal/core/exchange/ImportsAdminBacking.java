package org.mutualportal.core.exchange;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mutualportal.core.web.NotFoundException;
import org.mutualportal.core.web.RequestIds;

/**
 * "Administration → Imports" ({@code /admin/imports.xhtml}): the import runs of the API, newest first, 50 a
 * page, and the kept rejections of the run chosen with {@code ?run=}. Tells the mutual's IT whether the
 * management system's nightly batches arrive and what it keeps sending wrong.
 */
@Named
@RequestScoped
public class ImportsAdminBacking {

    static final int PAGE_SIZE = 50;

    @Inject
    ImportRuns runs;

    private String page;
    private String run;
    private int pageNumber;
    private List<ImportRun> rows;
    private long total;
    private ImportRun selected;
    private List<Rejection> rejections;

    /** View action: reads the page and the chosen run from the URL (a bad value is a 404, like any URL id). */
    public void load() {
        pageNumber = pageNumber(page);
        total = runs.count();
        rows = runs.page(pageNumber * PAGE_SIZE, PAGE_SIZE);
        if (run != null && !run.isEmpty()) {
            selected = runs.find(RequestIds.parse(run));
            if (selected == null) {
                throw new NotFoundException();
            }
            rejections = ImportRuns.rejections(selected);
        }
    }

    private static int pageNumber(String text) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        if (text.length() > 6 || !text.chars().allMatch(Character::isDigit)) {
            throw new NotFoundException();
        }
        return Integer.parseInt(text);
    }

    public List<ImportRun> getRuns() {
        return rows;
    }

    public boolean isNoRuns() {
        return total == 0;
    }

    public boolean isHasNewer() {
        return pageNumber > 0;
    }

    public boolean isHasOlder() {
        return (long) (pageNumber + 1) * PAGE_SIZE < total;
    }

    public int getCurrentPage() {
        return pageNumber;
    }

    public int getNewerPage() {
        return pageNumber - 1;
    }

    public int getOlderPage() {
        return pageNumber + 1;
    }

    public ImportRun getSelected() {
        return selected;
    }

    public List<Rejection> getRejections() {
        return rejections;
    }

    /** Whether the run had more rejections than were kept for this page. */
    public boolean isTruncated() {
        return selected != null && rejections.size() >= ImportRuns.KEPT && selected.getRejected() > 0;
    }

    public int getKept() {
        return ImportRuns.KEPT;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getRun() {
        return run;
    }

    public void setRun(String run) {
        this.run = run;
    }
}
