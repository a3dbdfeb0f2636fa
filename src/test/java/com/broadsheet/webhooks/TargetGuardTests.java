package com.broadsheet.webhooks;

import java.net.InetAddress;

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

}
