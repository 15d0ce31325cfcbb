package london.scrutiny.tracker.sync;

import java.time.OffsetDateTime;

import org.bson.Document;

/**
 * One thing a client applies to its copy: the record {@code id} of {@code kind} (its
 * collection) as it stood after {@code action}, at {@code at}.
 */
public record Change(String kind, String id, ChangeAction action, String operation, OffsetDateTime at,
		Document record) {
}
