package london.scrutiny.tracker.sync;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import london.scrutiny.tracker.support.InvalidInputException;

/**
 * Where a client is in its changes. While {@code snapshot} it walks collection
 * {@code collection} past id {@code lastId}, and will then follow the trail after
 * {@code seq} (the trail's head when the snapshot began); after that it follows the trail
 * after {@code seq}. Encoded opaquely, so clients keep it rather than build it.
 */
record SyncCursor(boolean snapshot, int collection, String lastId, long seq) {

	private static final String PREFIX = "sync1|";

	static SyncCursor start(long head) {
		return new SyncCursor(true, 0, null, head);
	}

	static SyncCursor trail(long seq) {
		return new SyncCursor(false, 0, null, seq);
	}

	String encode() {
		String plain = PREFIX + (this.snapshot ? "s" : "t") + "|" + this.seq + "|" + this.collection + "|"
				+ ((this.lastId != null) ? this.lastId : "");
		return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
	}

	static SyncCursor decode(String cursor) {
		try {
			String plain = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
			if (!plain.startsWith(PREFIX)) {
				throw forged();
			}
			String[] parts = plain.substring(PREFIX.length()).split("\\|", 4);
			boolean snapshot = parts[0].equals("s");
			if (!snapshot && !parts[0].equals("t")) {
				throw forged();
			}
			long seq = Long.parseLong(parts[1]);
			int collection = Integer.parseInt(parts[2]);
			if (seq < 0 || collection < 0 || collection > ChangeFeed.SYNCED.size()) {
				throw forged();
			}
			return new SyncCursor(snapshot, collection, parts[3].isEmpty() ? null : parts[3], seq);
		}
		catch (IllegalArgumentException | ArrayIndexOutOfBoundsException ex) {
			throw forged();
		}
	}

	private static InvalidInputException forged() {
		return new InvalidInputException("after", "'after' is not a cursor that changes issued. Pass the 'cursor' "
				+ "of your previous changes call, or omit 'after' to start with a snapshot of every record.");
	}

}
