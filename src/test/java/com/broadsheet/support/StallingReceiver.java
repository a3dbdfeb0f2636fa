package com.broadsheet.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * A webhook receiver that misbehaves at the socket level, for the HTTP client's limits:
 * it reads each request completely, then
 * <ul>
 * <li>{@link Behaviour#TRICKLE}: answers 200 with a long body, one byte a second, for
 * ever;</li>
 * <li>{@link Behaviour#SILENT}: never answers at all;</li>
 * <li>{@link Behaviour#ENDLESS}: answers 200 with a body that never ends, as fast as the
 * client reads.</li>
 * </ul>
 * It counts the requests it read, the connections open (now and at most), and the
 * connections the client gave up on (closed while the receiver was still holding them).
 */
public final class StallingReceiver implements AutoCloseable {

	public enum Behaviour {

		TRICKLE, SILENT, ENDLESS

	}

	private final Behaviour behaviour;

	private final ServerSocket server;

	private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();

	private final AtomicInteger requests = new AtomicInteger();

	private final AtomicInteger open = new AtomicInteger();

	private final AtomicInteger dropped = new AtomicInteger();

	private final AtomicInteger peak = new AtomicInteger();

	public StallingReceiver(Behaviour behaviour) {
		this.behaviour = behaviour;
		try {
			server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		Thread.ofVirtual().name("stalling-receiver").start(this::accept);
	}

	public String url() {
		return "http://127.0.0.1:" + server.getLocalPort() + "/hooks";
	}

	/** Requests read completely so far. */
	public int requests() {
		return requests.get();
	}

	/** Connections open right now. */
	public int open() {
		return open.get();
	}

	/** The most connections that were open at the same time. */
	public int peak() {
		return peak.get();
	}

	/** Connections the client closed while this receiver was still holding them. */
	public int dropped() {
		return dropped.get();
	}

	private void accept() {
		while (!server.isClosed()) {
			try {
				Socket socket = server.accept();
				sockets.add(socket);
				peak.accumulateAndGet(open.incrementAndGet(), Math::max);
				Thread.ofVirtual().start(() -> serve(socket));
			}
			catch (IOException ex) {
				return;
			}
		}
	}

	private void serve(Socket socket) {
		try (socket) {
			readRequest(socket.getInputStream());
			requests.incrementAndGet();
			OutputStream out = socket.getOutputStream();
			switch (behaviour) {
				case TRICKLE -> trickle(out);
				case SILENT -> awaitClose(socket.getInputStream());
				case ENDLESS -> flood(out);
			}
		}
		catch (IOException ex) {
			if (!server.isClosed()) {
				dropped.incrementAndGet();
			}
		}
		finally {
			sockets.remove(socket);
			open.decrementAndGet();
		}
	}

	private static void trickle(OutputStream out) throws IOException {
		out.write(head("Content-Length: 1000000"));
		out.flush();
		while (true) {
			out.write('.');
			out.flush();
			// The misbehaviour under test: a receiver that sends a byte a second.
			LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
		}
	}

	private static void awaitClose(InputStream in) throws IOException {
		if (in.read() == -1) {
			throw new IOException("client closed the connection");
		}
	}

	private static void flood(OutputStream out) throws IOException {
		out.write(head("Transfer-Encoding: chunked"));
		byte[] chunk = ("2000\r\n" + ".".repeat(0x2000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
		while (true) {
			out.write(chunk);
		}
	}

	private static byte[] head(String framing) {
		return ("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n" + framing + "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII);
	}

	private static void readRequest(InputStream in) throws IOException {
		ByteArrayOutputStream head = new ByteArrayOutputStream();
		int last = 0;
		while (last != 0x0d0a0d0a) { // the blank line after the headers
			int b = in.read();
			if (b == -1) {
				throw new IOException("request ended early");
			}
			head.write(b);
			last = (last << 8) | b;
		}
		int length = head.toString(StandardCharsets.US_ASCII)
			.lines()
			.filter(line -> line.regionMatches(true, 0, "Content-Length:", 0, 15))
			.map(line -> Integer.parseInt(line.substring(15).strip()))
			.findFirst()
			.orElse(0);
		in.readNBytes(length);
	}

	@Override
	public void close() {
		try {
			server.close();
		}
		catch (IOException ex) {
			// closing anyway
		}
		sockets.forEach(socket -> {
			try {
				socket.close();
			}
			catch (IOException ex) {
				// closing anyway
			}
		});
	}

}
