package london.scrutiny.tracker.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Token secrets: 32 random bytes, URL-safe, prefixed so a leaked one is recognisable in a
 * scan. A secret has that much entropy, so a plain SHA-256 is enough to store it: no salt
 * or slow hash needed.
 */
final class TokenSecrets {

	static final String PREFIX = "trk_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private TokenSecrets() {
	}

	static String newSecret() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String newId() {
		byte[] bytes = new byte[6];
		RANDOM.nextBytes(bytes);
		return "token/" + HexFormat.of().formatHex(bytes);
	}

	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required by every Java platform", ex);
		}
	}

}
