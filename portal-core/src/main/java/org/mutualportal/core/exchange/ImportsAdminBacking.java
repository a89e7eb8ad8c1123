package org.mutualportal.core.exchange;

import org.mutualportal.api.exchange.Rejection;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.mutualportal.api.web.NotFoundException;

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

    private Integer page;
    private Long run;
    private int pageNumber;
    private List<ImportRun> rows;
    private long total;
    private ImportRun selected;
    private List<Rejection> rejections;

    /** View action: the page and the chosen run come from the URL (converters answer 404 for a bad value). */
    public void load() {
        pageNumber = page == null ? 0 : page;
        total = runs.count();
        rows = runs.page(pageNumber * PAGE_SIZE, PAGE_SIZE);
        if (run != null) {
            selected = runs.find(run);
            if (selected == null) {
                throw new NotFoundException();
            }
            rejections = ImportRuns.rejections(selected);
        }
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

    public Integer getPage() {
        return page;
    }

    public void setPage(Integer page) {
        this.page = page;
    }

    public Long getRun() {
        return run;
    }

    public void setRun(Long run) {
        this.run = run;
    }
}
