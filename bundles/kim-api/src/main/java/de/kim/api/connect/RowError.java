package de.kim.api.connect;

/**
 * A row that cannot be imported.
 *
 * @param line   the line in the file (the heading is line 1) or the row in the sheet
 * @param column the column heading, null if the row as a whole is wrong
 * @param value  the value found, may be null
 * @param reason why it cannot be imported
 */
public record RowError(long line, String column, String value, String reason) {
}
