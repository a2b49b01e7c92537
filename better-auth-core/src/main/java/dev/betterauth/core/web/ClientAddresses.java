package dev.betterauth.core.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Who a request comes from, for rate limiting: the connection's address, unless it is a
 * trusted proxy, in which case {@code X-Forwarded-For} is read from the right, skipping
 * trusted proxies, and the first other address is the client. IPv6 clients are keyed by
 * their /64 network (one host owns a whole /64, so per-address limits would be
 * worthless); IPv4 clients by their address.
 */
public class ClientAddresses {

	private final List<Network> trustedProxies;

	/**
	 * @param trustedProxies addresses or CIDR networks (e.g. {@code 10.0.0.0/8},
	 * {@code ::1}) whose {@code X-Forwarded-For} is believed
	 * @throws IllegalArgumentException naming an entry that is not an address or network
	 */
	public ClientAddresses(List<String> trustedProxies) {
		List<Network> networks = new ArrayList<>();
		for (String proxy : trustedProxies) {
			networks.add(Network.parse(proxy));
		}
		this.trustedProxies = List.copyOf(networks);
	}

	/**
	 * The client's key.
	 * @param request the request
	 * @return the client's address (IPv6: its /64), or {@code null} when no usable
	 * address is known
	 */
	public @Nullable String clientKey(HttpServletRequest request) {
		InetAddress address = literal(request.getRemoteAddr());
		if (address != null && isTrusted(address)) {
			String forwarded = request.getHeader("X-Forwarded-For");
			if (forwarded == null) {
				address = null;
			}
			else {
				String[] hops = forwarded.split(",");
				InetAddress client = null;
				for (int i = hops.length - 1; i >= 0; i--) {
					InetAddress hop = literal(hops[i].trim());
					if (hop == null) {
						break;
					}
					client = hop;
					if (!isTrusted(hop)) {
						break;
					}
				}
				address = client;
			}
		}
		if (address == null) {
			return null;
		}
		byte[] bytes = address.getAddress();
		if (bytes.length == 16) {
			StringBuilder prefix = new StringBuilder();
			for (int i = 0; i < 8; i += 2) {
				prefix.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
			}
			return prefix.append(":/64").toString();
		}
		return address.getHostAddress();
	}

	/**
	 * Whether the request comes straight from a trusted proxy.
	 * @param request the request
	 * @return whether its connection's address is a trusted proxy
	 */
	public boolean isTrustedProxy(HttpServletRequest request) {
		InetAddress address = literal(request.getRemoteAddr());
		return address != null && isTrusted(address);
	}

	private boolean isTrusted(InetAddress address) {
		return this.trustedProxies.stream().anyMatch((network) -> network.contains(address));
	}

	/** An IP literal, never a host name (no DNS lookup), or {@code null}. */
	private static @Nullable InetAddress literal(@Nullable String value) {
		if (value == null || value.isEmpty() || value.length() > 64) {
			return null;
		}
		String candidate = (value.startsWith("[") && value.endsWith("]")) ? value.substring(1, value.length() - 1)
				: value;
		if (!candidate.chars().allMatch((c) -> Character.digit(c, 16) >= 0 || c == '.' || c == ':')) {
			return null;
		}
		try {
			return InetAddress.getByName(candidate);
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	private record Network(byte[] address, int prefix) {

		static Network parse(String value) {
			int slash = value.indexOf('/');
			InetAddress address = literal((slash < 0) ? value.trim() : value.substring(0, slash).trim());
			if (address == null) {
				throw new IllegalArgumentException("'" + value + "' is not an IP address or CIDR network");
			}
			int bits = address.getAddress().length * 8;
			int prefix;
			try {
				prefix = (slash < 0) ? bits : Integer.parseInt(value.substring(slash + 1).trim());
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("'" + value + "' has a malformed prefix length");
			}
			if (prefix < 0 || prefix > bits) {
				throw new IllegalArgumentException("'" + value + "' has a prefix length beyond " + bits);
			}
			return new Network(address.getAddress(), prefix);
		}

		boolean contains(InetAddress candidate) {
			byte[] other = candidate.getAddress();
			if (other.length != this.address.length) {
				return false;
			}
			int full = this.prefix / 8;
			for (int i = 0; i < full; i++) {
				if (other[i] != this.address[i]) {
					return false;
				}
			}
			int rest = this.prefix % 8;
			if (rest == 0) {
				return true;
			}
			int mask = (0xff << (8 - rest)) & 0xff;
			return (other[full] & mask) == (this.address[full] & mask);
		}

	}

}
