package org.mutualportal.api.web;

import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * A PrimeFaces lazy table model over rows with a numeric id, counted once and read one page at a time in
 * SQL: what every console list (audit events, mails, accounts) needs, with the subclass saying only how to
 * read a page. Subclasses keep client proxies of application-scoped services, which serialize with the view.
 *
 * @param <T> the rows
 * @since 1.0
 */
public abstract class PagedModel<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    private final long total;

    /**
     * A model of {@code total} rows, counted once by the caller.
     *
     * @param total the number of rows of the whole list
     */
    protected PagedModel(long total) {
        this.total = total;
    }

    /**
     * Reads a page, in SQL.
     *
     * @param first index of the first row
     * @param size rows at most
     * @return the rows from {@code first}, at most {@code size}
     */
    protected abstract List<T> page(int first, int size);

    /**
     * A row's id, its key in the table.
     *
     * @param row a row of a page
     * @return its id
     */
    protected abstract long idOf(T row);

    @Override
    public int count(Map<String, FilterMeta> filters) {
        return Math.toIntExact(Math.min(total, Integer.MAX_VALUE));
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
        return page(first, pageSize);
    }

    @Override
    public String getRowKey(T row) {
        return Long.toString(idOf(row));
    }

    @Override
    public T getRowData(String rowKey) {
        return getWrappedData() == null ? null
                : getWrappedData().stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
