package com.broadsheet.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy on 127.0.0.1 in front of a real service (RabbitMQ, Redis, SMTP), so a test
 * can simulate an outage by cutting the proxy, without touching the shared service.
 * {@link #cut()} closes the listening socket and every open connection: new connections
 * are refused, as if the service were down. {@link #restore()} listens again on the same
 * port.
 */
public final class TcpProxy implements AutoCloseable {

	private final String targetHost;

	private final int targetPort;

	private final int port;

	private final Set<Socket> open = ConcurrentHashMap.newKeySet();

	private volatile ServerSocket server;

	/** A proxy to a port on the loopback interface. */
	public TcpProxy(int targetPort) {
		this(null, targetPort);
	}

	/** A proxy to {@code targetHost:targetPort} (loopback when the host is null). */
	public TcpProxy(String targetHost, int targetPort) {
		this.targetHost = targetHost;
		this.targetPort = targetPort;
		try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			this.port = probe.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		restore();
	}

	public int port() {
		return port;
	}

	public synchronized void restore() {
		if (server != null) {
			return;
		}
		try {
			ServerSocket listening = new ServerSocket();
			listening.setReuseAddress(true);
			listening.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
			server = listening;
			Thread.ofVirtual().name("tcp-proxy-" + port).start(() -> accept(listening));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Cannot listen on " + port, ex);
		}
	}

	public synchronized void cut() {
		ServerSocket listening = server;
		server = null;
		if (listening != null) {
			closeQuietly(listening);
		}
		open.forEach(TcpProxy::closeQuietly);
		open.clear();
	}

	@Override
	public void close() {
		cut();
	}

	private void accept(ServerSocket listening) {
		while (!listening.isClosed()) {
			try {
				Socket client = listening.accept();
				Socket upstream = (targetHost != null) ? new Socket(targetHost, targetPort)
						: new Socket(InetAddress.getLoopbackAddress(), targetPort);
				open.add(client);
				open.add(upstream);
				Thread.ofVirtual().start(() -> pipe(client, upstream));
				Thread.ofVirtual().start(() -> pipe(upstream, client));
			}
			catch (IOException ex) {
				// Listening socket closed by cut(), or the target refused: drop this
				// connection.
			}
		}
	}

	private void pipe(Socket from, Socket to) {
		byte[] buffer = new byte[16 * 1024];
		try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
			int n;
			while ((n = in.read(buffer)) >= 0) {
				out.write(buffer, 0, n);
				out.flush();
			}
		}
		catch (IOException ex) {
			// Either side closed.
		}
		finally {
			closeQuietly(from);
			closeQuietly(to);
			open.remove(from);
			open.remove(to);
		}
	}

	private static void closeQuietly(AutoCloseable closeable) {
		try {
			closeable.close();
		}
		catch (Exception ex) {
			// Already closed.
		}
	}

}
