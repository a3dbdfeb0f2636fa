package com.broadsheet.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.spi.InetAddressResolver;
import java.net.spi.InetAddressResolverProvider;
import java.security.Security;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A DNS the tests control: names under {@code .dns.test} answer what a test scripted,
 * lookup by lookup (a public address first, 127.0.0.1 after, as in DNS rebinding); every
 * other name goes to the machine's resolver. Installed for the whole test JVM as the
 * {@link InetAddressResolverProvider} (see {@code META-INF/services}), so it answers
 * every {@code InetAddress} lookup, the application's and its HTTP clients' alike.
 * <p>
 * The JVM's own name cache would hide the second answer, so it is switched off
 * ({@code networkaddress.cache.ttl=0}) before the first lookup; tests that depend on it
 * assert how many lookups a name saw.
 */
public final class TestDns extends InetAddressResolverProvider {

	private static final String SUFFIX = ".dns.test";

	private static final Map<String, Script> SCRIPTS = new ConcurrentHashMap<>();

	static {
		Security.setProperty("networkaddress.cache.ttl", "0");
		Security.setProperty("networkaddress.cache.negative.ttl", "0");
	}

	/**
	 * A new name that answers {@code first} to its first {@code firstLookups} lookups and
	 * {@code after} to every later one.
	 */
	public static String name(List<InetAddress> first, List<InetAddress> after, int firstLookups) {
		String name = "h" + UUID.randomUUID().toString().substring(0, 8) + SUFFIX;
		SCRIPTS.put(name, new Script(first, after, firstLookups, new AtomicInteger()));
		return name;
	}

	/** A new name that always answers {@code addresses}. */
	public static String name(InetAddress... addresses) {
		return name(List.of(addresses), List.of(addresses), 0);
	}

	/** How many times the name was looked up so far. */
	public static int lookups(String name) {
		return SCRIPTS.get(name).lookups().get();
	}

	public static InetAddress address(String literal) {
		try {
			return InetAddress.getByName(literal);
		}
		catch (UnknownHostException ex) {
			throw new IllegalArgumentException(literal, ex);
		}
	}

	private record Script(List<InetAddress> first, List<InetAddress> after, int firstLookups, AtomicInteger lookups) {

		List<InetAddress> next() {
			return lookups.getAndIncrement() < firstLookups ? first : after;
		}

	}

	@Override
	public InetAddressResolver get(Configuration configuration) {
		InetAddressResolver builtin = configuration.builtinResolver();
		return new InetAddressResolver() {
			@Override
			public Stream<InetAddress> lookupByName(String host, LookupPolicy policy) throws UnknownHostException {
				if (!host.toLowerCase().endsWith(SUFFIX)) {
					return builtin.lookupByName(host, policy);
				}
				Script script = SCRIPTS.get(host.toLowerCase());
				if (script == null) {
					throw new UnknownHostException(host);
				}
				return script.next().stream();
			}

			@Override
			public String lookupByAddress(byte[] address) throws UnknownHostException {
				return builtin.lookupByAddress(address);
			}
		};
	}

	@Override
	public String name() {
		return "broadsheet-test-dns";
	}

}
