package dev.betterauth.core.web;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ClientAddressesTests {

	private final ClientAddresses clients = new ClientAddresses(List.of("10.0.0.0/8", "::1"));

	@Test
	void theConnectionIsTheClientUnlessItIsATrustedProxy() {
		assertThat(this.clients.clientKey(request("203.0.113.9", "198.51.100.1"))).as("spoofed header ignored")
			.isEqualTo("203.0.113.9");
		assertThat(this.clients.clientKey(request("10.1.2.3", "198.51.100.1"))).isEqualTo("198.51.100.1");
		assertThat(this.clients.clientKey(request("10.1.2.3", "198.51.100.1, 10.9.9.9"))).as("proxies skipped")
			.isEqualTo("198.51.100.1");
		assertThat(this.clients.clientKey(request("10.1.2.3", "6.6.6.6, 198.51.100.1, 10.9.9.9")))
			.as("only the hops the trusted proxies added count")
			.isEqualTo("198.51.100.1");
	}

	@Test
	void ipv6ClientsAreKeyedByTheirSlash64() {
		assertThat(this.clients.clientKey(request("2001:db8:1234:5678:aaaa::1", null)))
			.isEqualTo(this.clients.clientKey(request("2001:db8:1234:5678:bbbb::2", null)))
			.isEqualTo("2001:db8:1234:5678::/64");
		assertThat(this.clients.clientKey(request("2001:db8:1234:9999::1", null)))
			.isNotEqualTo("2001:db8:1234:5678::/64");
	}

	@Test
	void tellsWhetherTheConnectionIsATrustedProxy() {
		assertThat(this.clients.isTrustedProxy(request("10.1.2.3", null))).isTrue();
		assertThat(this.clients.isTrustedProxy(request("203.0.113.9", null))).isFalse();
	}

	@Test
	void noUsableAddressIsNoKey() {
		assertThat(this.clients.clientKey(request("10.1.2.3", null))).isNull();
		assertThat(this.clients.clientKey(request("10.1.2.3", "not-an-address"))).isNull();
		assertThat(this.clients.clientKey(request("10.1.2.3", "evil.example.com"))).as("never a DNS lookup").isNull();
	}

	@Test
	void malformedProxiesAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddresses(List.of("10.0.0.0/33")));
		assertThatIllegalArgumentException().isThrownBy(() -> new ClientAddresses(List.of("proxy.internal")));
	}

	private static MockHttpServletRequest request(String remote, String forwardedFor) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(remote);
		if (forwardedFor != null) {
			request.addHeader("X-Forwarded-For", forwardedFor);
		}
		return request;
	}

}
