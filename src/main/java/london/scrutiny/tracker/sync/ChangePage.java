package london.scrutiny.tracker.sync;

import java.util.List;

/**
 * A page of changes, and the cursor to pass as {@code after} next time, whether or not
 * the page held any.
 */
public record ChangePage(List<Change> changes, String cursor, boolean hasMore) {
}
