package com.broadsheet.cluster;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Steady, paced traffic through the balancer for the length of an operation: readers
 * fetching pages and, optionally, visitors sending leads. Every answer that is not the
 * expected one (or no answer at all) is recorded as a failure, with what went wrong.
 * Paced rather than flat out, so that instances restarting on this small machine are not
 * starved of CPU by the load itself.
 */
final class Load implements AutoCloseable {

	private final String base;

	private final List<String> paths;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final AtomicBoolean running = new AtomicBoolean(true);

	private final AtomicLong reads = new AtomicLong();

	private final AtomicLong leads = new AtomicLong();

	private final Queue<String> failures = new ConcurrentLinkedQueue<>();

	private final Queue<String> acceptedLeads = new ConcurrentLinkedQueue<>();

	private final List<Thread> threads = new ArrayList<>();

	private final String leadDomain;

	private Load(String base, List<String> paths, String leadDomain) {
		this.base = base;
		this.paths = paths;
		this.leadDomain = leadDomain;
	}

	/**
	 * {@code readers} threads each fetching about 50 pages a second; with a lead domain,
	 * one more thread sending about 10 leads a second from addresses in it.
	 */
	static Load start(String base, List<String> paths, int readers, String leadDomain) {
		Load load = new Load(base, paths, leadDomain);
		for (int i = 0; i < readers; i++) {
			int offset = i;
			load.threads.add(Thread.ofPlatform().name("reader-" + i).start(() -> load.read(offset)));
		}
		if (leadDomain != null) {
			load.threads.add(Thread.ofPlatform().name("leads").start(load::sendLeads));
		}
		return load;
	}

	private void read(int offset) {
		int n = offset;
		while (running.get()) {
			String path = paths.get(n++ % paths.size());
			try {
				HttpResponse<Void> response = client.send(
						HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).GET().build(),
						HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 200) {
					reads.incrementAndGet();
				}
				else {
					failures.add("GET " + path + " -> " + response.statusCode());
				}
			}
			catch (Exception ex) {
				failures.add("GET " + path + " -> " + ex);
			}
			LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
		}
	}

	private void sendLeads() {
		long n = 0;
		while (running.get()) {
			String email = "visitor-" + (n++) + "@" + leadDomain;
			String body = """
					{"name": "Visitor %d", "email": "%s", "company": "Load", "message": "Tell me more",
					 "consent": true}
					""".formatted(n, email);
			try {
				HttpResponse<Void> response = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/leads"))
					.timeout(Duration.ofSeconds(30))
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build(), HttpResponse.BodyHandlers.discarding());
				if (response.statusCode() == 201) {
					leads.incrementAndGet();
					acceptedLeads.add(email);
				}
				else {
					failures.add("POST lead " + email + " -> " + response.statusCode());
				}
			}
			catch (Exception ex) {
				failures.add("POST lead " + email + " -> " + ex);
			}
			LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
		}
	}

	long reads() {
		return reads.get();
	}

	long leads() {
		return leads.get();
	}

	List<String> acceptedLeads() {
		return List.copyOf(acceptedLeads);
	}

	List<String> failures() {
		return List.copyOf(failures);
	}

	/** Stops sending and waits for the requests in flight. */
	@Override
	public void close() {
		running.set(false);
		for (Thread thread : threads) {
			try {
				thread.join(Duration.ofSeconds(40));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		client.close();
	}

}
