package org.committeeacademy.identity.web;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.committeeacademy.identity.application.AccountService;
import org.committeeacademy.identity.domain.AccountSearch;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** Loads one page of the accounts the page's search finds at a time. */
class AccountsLazyModel extends LazyDataModel<AccountRow> {

    /** A CDI client proxy, which serializes with the view. */
    private final AccountService service;

    private final SerializableSearch search;

    /** The page's current search, read at each load. */
    interface SerializableSearch extends Supplier<AccountSearch>, java.io.Serializable {}

    AccountsLazyModel(AccountService service, SerializableSearch search) {
        this.service = service;
        this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) service.count(search.get());
    }

    @Override
    public List<AccountRow> load(
            int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        return service.page(search.get(), first, pageSize).stream()
                .map(a -> AccountRow.of(a, service.committeeOf(a.id()).orElse(null)))
                .toList();
    }

    @Override
    public String getRowKey(AccountRow row) {
        return Long.toString(row.id());
    }

    @Override
    public AccountRow getRowData(String rowKey) {
        return getWrappedData() == null
                ? null
                : getWrappedData().stream()
                        .filter(r -> Long.toString(r.id()).equals(rowKey))
                        .findFirst()
                        .orElse(null);
    }
}
