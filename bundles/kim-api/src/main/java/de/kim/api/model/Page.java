package de.kim.api.model;

import java.util.List;

/**
 * One page of a longer result.
 *
 * @param items the records on this page
 * @param page  the page number, from 0
 * @param size  the page size asked for
 * @param total how many records match in all
 */
public record Page<T>(List<T> items, int page, int size, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
