package de.kim.api.model;

import java.util.List;

/**
 * One page of a longer result.
 *
 * @param items the records on this page
 * @param page  the page number, from 0
 * @param size  the page size asked for
 * @param total how many records match in all, or at most the counting limit (see {@code totalCapped})
 * @param totalCapped true when more records match than a search counts (a person search stops counting at
 *                    1,000 matches): then more than {@code total} match, and the caller should narrow the search
 */
public record Page<T>(List<T> items, int page, int size, long total, boolean totalCapped) {
    public Page {
        items = List.copyOf(items);
    }

    /** A page whose total is exact. */
    public Page(List<T> items, int page, int size, long total) {
        this(items, page, size, total, false);
    }
}
