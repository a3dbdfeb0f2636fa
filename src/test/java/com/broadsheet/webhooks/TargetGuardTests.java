package com.broadsheet.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class TargetGuardTests {

	@ParameterizedTest
	@ValueSource(strings = { "127.0.0.1", "127.8.9.10", "::1", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255",
			"192.168.0.10", "169.254.169.254", "fe80::1", "fc00::1", "fd12:3456::1", "100.64.0.1", "224.0.0.1",
			"255.255.255.255", "::ffff:10.0.0.1" })
	void privateAddressesAreRefused(String address) throws Exception {
		assertThat(TargetGuard.isPrivate(InetAddress.getByName(address))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111" })
	void publicAddressesAreAllowed(String address) throws Exception {
		assertThat(TargetGuard.isPrivate(InetAddress.getByName(address))).isFalse();
	}

	/** IPv6 spellings that carry an internal IPv4 address inside them. */
	@ParameterizedTest
	@ValueSource(strings = { "::", "::7f00:1", "::127.0.0.1", "::a00:1", "::a9fe:a9fe", // IPv4-compatible
			"64:ff9b::7f00:1", "64:ff9b::a9fe:a9fe", "64:ff9b::c0a8:101", "64:ff9b::10.0.0.1", // NAT64
			"2002:7f00:1::", "2002:7f00:1:1234::5", "2002:a00:1::1", "2002:a9fe:a9fe::", "2002:c0a8:101::", // 6to4
			"64:ff9b:1::7f00:1", "64:ff9b:1::808:808" // local-use NAT64: internal by
														// definition
	})
	void ipv6FormsEmbeddingInternalIpv4AreRefused(String address) throws Exception {
		assertThat(TargetGuard.isPrivate(InetAddress.getByName(address))).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "64:ff9b::808:808", "2002:808:808::1", "::808:808" })
	void ipv6FormsEmbeddingPublicIpv4AreAllowed(String address) throws Exception {
		assertThat(TargetGuard.isPrivate(InetAddress.getByName(address))).isFalse();
	}

	/**
	 * A resolver may hand back an IPv4-mapped address as an IPv6 address (the JDK only
	 * converts it when parsing text).
	 */
	@Test
	void ipv4MappedAddressesKeptAsIpv6AreJudgedByTheirIpv4() throws Exception {
		assertThat(TargetGuard.isPrivate(mapped(127, 0, 0, 1))).isTrue();
		assertThat(TargetGuard.isPrivate(mapped(169, 254, 169, 254))).isTrue();
		assertThat(TargetGuard.isPrivate(mapped(192, 168, 1, 1))).isTrue();
		assertThat(TargetGuard.isPrivate(mapped(8, 8, 8, 8))).isFalse();
	}

	static Inet6Address mapped(int a, int b, int c, int d) throws Exception {
		byte[] bytes = new byte[16];
		bytes[10] = (byte) 0xff;
		bytes[11] = (byte) 0xff;
		bytes[12] = (byte) a;
		bytes[13] = (byte) b;
		bytes[14] = (byte) c;
		bytes[15] = (byte) d;
		Inet6Address address = Inet6Address.getByAddress(null, bytes, -1);
		assertThat(address).isInstanceOf(Inet6Address.class);
		return address;
	}

}
