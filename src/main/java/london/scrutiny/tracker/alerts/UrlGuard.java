package london.scrutiny.tracker.alerts;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import london.scrutiny.tracker.support.InvalidInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps webhooks off the tracker's own network: a URL must be http(s) and every address
 * its host resolves to must be public, not loopback, private (10/8, 172.16/12,
 * 192.168/16, fc00::/7), link-local, carrier-grade NAT (100.64/10), multicast or
 * unspecified. Hosts listed in {@code tracker.webhooks.allowed-private-hosts} are let
 * through (a receiver on the same machine, in development or a test). Checked when a hook
 * is registered and again before each delivery, since a name can be re-pointed.
 */
@Component
class UrlGuard {

	private final List<String> allowedPrivateHosts;

	UrlGuard(@Value("${tracker.webhooks.allowed-private-hosts:}") List<String> allowedPrivateHosts) {
		this.allowedPrivateHosts = allowedPrivateHosts.stream()
			.map((h) -> h.trim().toLowerCase(Locale.ROOT))
			.filter((h) -> !h.isEmpty())
			.toList();
	}

	/** The URL, checked; an InvalidInputException on {@code field} saying why not. */
	URI check(String url, String field) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException | NullPointerException ex) {
			throw new InvalidInputException(field, "'" + field + "' must be an http or https URL; got '" + url + "'.");
		}
		String scheme = (uri.getScheme() != null) ? uri.getScheme().toLowerCase(Locale.ROOT) : "";
		if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null) {
			throw new InvalidInputException(field,
					"'" + field + "' must be an http or https URL with a host and no user name; got '" + url + "'.");
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		if (this.allowedPrivateHosts.contains(host)) {
			return uri;
		}
		InetAddress[] addresses;
		try {
			addresses = InetAddress.getAllByName(host);
		}
		catch (UnknownHostException ex) {
			throw new InvalidInputException(field, "'" + field + "': the host '" + host + "' does not resolve.");
		}
		for (InetAddress address : addresses) {
			if (!isPublic(address)) {
				throw new InvalidInputException(field,
						"'" + field + "': " + host + " is " + address.getHostAddress() + ", a loopback, private or "
								+ "link-local address; webhooks are only sent to public addresses.");
			}
		}
		return uri;
	}

	static boolean isPublic(InetAddress address) {
		if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
				|| address.isAnyLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] bytes = address.getAddress();
		if (bytes.length == 16) {
			return (bytes[0] & 0xfe) != 0xfc;
		}
		boolean carrierNat = (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
		boolean zero = (bytes[0] & 0xff) == 0;
		return !carrierNat && !zero;
	}

}
