package de.kim.rest.internal;

import de.kim.api.model.Page;
import java.util.AbstractList;
import java.util.List;

/**
 * A page of a longer list that a resource read page by page from the database: the JSON body is the
 * array of its items, {@link ListPaging} puts the total and the links to the neighbouring pages into
 * the headers.
 */
final class PagedList<T> extends AbstractList<T> {
    private final List<T> items;
    private final int page;
    private final int size;
    private final long total;
    private final boolean totalCapped;

    PagedList(Page<T> page) {
        this.items = page.items();
        this.page = page.page();
        this.size = page.size();
        this.total = page.total();
        this.totalCapped = page.totalCapped();
    }

    /** Whether more records match than were counted (a person search counts up to 1,000). */
    boolean totalCapped() {
        return totalCapped;
    }

    @Override
    public T get(int index) {
        return items.get(index);
    }

    @Override
    public int size() {
        return items.size();
    }

    int page() {
        return page;
    }

    int pageSize() {
        return size;
    }

    long total() {
        return total;
    }
}
