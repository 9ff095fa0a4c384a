package org.committeeacademy.audit.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.committeeacademy.audit.application.AuditFilter;
import org.committeeacademy.audit.application.AuditLine;
import org.committeeacademy.audit.application.AuditQueries;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** One page of the audit trail at a time, under the page's current filter. */
class AuditLazyModel extends LazyDataModel<AuditLine> {

    /** A CDI client proxy, which serializes with the view. */
    private final AuditQueries queries;

    private final Supplier<AuditFilter> filter;

    AuditLazyModel(AuditQueries queries, Supplier<AuditFilter> filter) {
        this.queries = queries;
        this.filter = filter;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, queries.count(filter.get()));
    }

    @Override
    public List<AuditLine> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return queries.page(filter.get(), first, pageSize);
    }

    @Override
    public String getRowKey(AuditLine line) {
        return line.key();
    }

    @Override
    public AuditLine getRowData(String rowKey) {
        return getWrappedData() == null
                ? null
                : getWrappedData().stream()
                        .filter(l -> l.key().equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
