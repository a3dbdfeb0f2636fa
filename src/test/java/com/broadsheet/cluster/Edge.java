package com.broadsheet.cluster;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;

import com.broadsheet.support.Http;
import com.broadsheet.support.Tools;

/**
 * nginx with the deployment kit's caching edge ({@code deploy/nginx-edge.conf}), its
 * ports, paths and upstream rewritten to a directory and free port of its own; with
 * {@link #startWithTls}, its TLS listener turned on with a certificate made for the test.
 */
final class Edge implements AutoCloseable {

	private static final Path CONFIG = Path.of(System.getProperty("user.dir"), "deploy", "nginx-edge.conf");

	private final Path directory;

	private final int port;

	private final TestCertificate certificate;

	private final int tlsPort;

	private final Process nginx;

	private Edge(int originPort, boolean tls) throws IOException {
		this.directory = Files.createTempDirectory("broadsheet-edge");
		this.port = Ports.free();
		Path cache = Files.createDirectories(directory.resolve("cache"));
		// nginx workers run as an unprivileged user when the master is root.
		for (Path path : new Path[] { directory, cache }) {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxrwxrwx"));
		}
		String config = Files.readString(CONFIG);
		config = replace(config, "listen 80;", "listen 127.0.0.1:" + port + ";");
		config = replace(config, "server 127.0.0.1:8080;", "server 127.0.0.1:" + originPort + ";");
		config = replace(config, "/var/cache/nginx/broadsheet", cache.toString());
		config = replace(config, "/run/nginx-broadsheet-edge.pid", directory.resolve("nginx.pid").toString());
		if (tls) {
			this.certificate = TestCertificate.create(directory.resolve("tls"));
			this.tlsPort = Ports.free();
			config = replace(config, "#listen 443 ssl;", "listen 127.0.0.1:" + tlsPort + " ssl;");
			config = replace(config, "#ssl_certificate /etc/broadsheet/tls/fullchain.pem;",
					"ssl_certificate " + certificate.certificateFile() + ";");
			config = replace(config, "#ssl_certificate_key /etc/broadsheet/tls/privkey.pem;",
					"ssl_certificate_key " + certificate.keyFile() + ";");
		}
		else {
			this.certificate = null;
			this.tlsPort = -1;
		}
		Path file = directory.resolve("nginx.conf");
		Files.writeString(file, config, StandardCharsets.UTF_8);
		this.nginx = new ProcessBuilder("nginx", "-p", directory.toString(), "-c", file.toString(), "-e",
				directory.resolve("error.log").toString(), "-g", "daemon off;")
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("nginx.out").toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
			.start();
	}

	static Edge start(int originPort) throws IOException {
		Tools.require("nginx", "nginx-light");
		return new Edge(originPort, false);
	}

	/** The edge with its TLS listener on as well, the way an operator turns it on. */
	static Edge startWithTls(int originPort) throws IOException {
		Tools.require("nginx", "nginx-light");
		return new Edge(originPort, true);
	}

	String url() {
		return "http://127.0.0.1:" + port;
	}

	/** The TLS listener's address, as its visitors see it. */
	String tlsUrl() {
		if (certificate == null) {
			throw new IllegalStateException("This edge has no TLS listener (Edge.startWithTls)");
		}
		return "https://127.0.0.1:" + tlsPort;
	}

	Http http() {
		return new Http(url());
	}

	/**
	 * A visitor whose connections to the plain HTTP listener come from {@code source}.
	 */
	Http http(InetAddress source) {
		return new Http(url(), source, null);
	}

	/**
	 * A visitor on the TLS listener from {@code source}, trusting the edge's certificate.
	 */
	Http https(InetAddress source) {
		return new Http(tlsUrl(), source, certificate.trustingIt());
	}

	boolean running() {
		return nginx.isAlive();
	}

	String output() {
		try {
			return Files.readString(directory.resolve("nginx.out"));
		}
		catch (IOException ex) {
			return "";
		}
	}

	@Override
	public void close() throws InterruptedException, IOException {
		nginx.destroy();
		if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
			nginx.destroyForcibly();
		}
		if (certificate != null) {
			certificate.delete();
		}
	}

	/** The kit's file as shipped must contain what the test turns on or moves. */
	private static String replace(String config, String shipped, String replacement) {
		if (!config.contains(shipped)) {
			throw new IllegalStateException(CONFIG + " no longer contains '" + shipped + "'");
		}
		return config.replace(shipped, replacement);
	}

}
