package com.broadsheet.cluster;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Free ports for the processes the cluster tests start (balancer, instances, edge). With
 * {@code BROADSHEET_TEST_PORTS=19000-19099} only ports of that range are handed out, so
 * runs that share a machine keep out of each other's way; without it, ports between
 * 20,000 and 30,000. A port is handed out once per test run, since the process that will
 * listen on it starts later.
 */
final class Ports {

	private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

	private Ports() {
	}

	static int free() {
		return range(1);
	}

	/** The first of {@code count} consecutive free ports. */
	static synchronized int range(int count) {
		String configured = System.getenv("BROADSHEET_TEST_PORTS");
		int low = 20_000;
		int high = 29_999;
		int start = ThreadLocalRandom.current().nextInt(low, high);
		if (configured != null && !configured.isBlank()) {
			String[] bounds = configured.strip().split("-");
			low = Integer.parseInt(bounds[0]);
			high = Integer.parseInt(bounds[1]);
			start = low;
		}
		int size = high - low + 1;
		for (int offset = 0; offset < size; offset++) {
			int first = low + (start - low + offset) % size;
			if (first + count - 1 <= high && allFree(first, count)) {
				for (int port = first; port < first + count; port++) {
					HANDED_OUT.add(port);
				}
				return first;
			}
		}
		throw new IllegalStateException("No " + count + " consecutive free ports in " + low + "-" + high);
	}

	private static boolean allFree(int first, int count) {
		for (int port = first; port < first + count; port++) {
			if (HANDED_OUT.contains(port) || !bindable(port)) {
				return false;
			}
		}
		return true;
	}

	private static boolean bindable(int port) {
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(port));
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
