package com.broadsheet.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server that records every webhook it receives and answers with the status
 * the test chooses (for example 500 first, then 200).
 */
public final class WebhookReceiver implements AutoCloseable {

	public record Received(String method, String path, Map<String, List<String>> headers, String body) {

		public String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(e -> e.getKey().equalsIgnoreCase(name))
				.map(e -> e.getValue().getFirst())
				.findFirst()
				.orElse(null);
		}

	}

	private final HttpServer server;

	private final List<Received> received = new CopyOnWriteArrayList<>();

	private volatile IntSupplier status = () -> 200;

	public WebhookReceiver() {
		this(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
	}

	/** A receiver on the given address and port (port 0: any free one). */
	public WebhookReceiver(InetSocketAddress address) {
		try {
			server = HttpServer.create(address, 50);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
		server.createContext("/", exchange -> {
			String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
			received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					Map.copyOf(exchange.getRequestHeaders()), body));
			exchange.sendResponseHeaders(status.getAsInt(), -1);
			exchange.close();
		});
		server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
	}

	/** The URL of this receiver under another host name (one a test DNS answers). */
	public String url(String host) {
		return "http://" + host + ":" + port() + "/hooks";
	}

	public int port() {
		return server.getAddress().getPort();
	}

	/** Answers each request with the next status of the list; the last one repeats. */
	public WebhookReceiver answering(int... statuses) {
		AtomicInteger next = new AtomicInteger();
		status = () -> statuses[Math.min(next.getAndIncrement(), statuses.length - 1)];
		return this;
	}

	public List<Received> received() {
		return List.copyOf(received);
	}

	@Override
	public void close() {
		server.stop(0);
	}

}
