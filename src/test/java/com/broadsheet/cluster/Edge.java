package com.broadsheet.cluster;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;

import com.broadsheet.support.Http;
import com.broadsheet.support.Tools;

/**
 * nginx with the deployment kit's caching edge ({@code deploy/nginx-edge.conf}), its
 * ports, paths and upstream rewritten to a directory and free port of its own.
 */
final class Edge implements AutoCloseable {

	private static final Path CONFIG = Path.of(System.getProperty("user.dir"), "deploy", "nginx-edge.conf");

	private final Path directory;

	private final int port;

	private final Process nginx;

	private Edge(int originPort) throws IOException, InterruptedException {
		this.directory = Files.createTempDirectory("broadsheet-edge");
		this.port = Cluster.freePort();
		Path cache = Files.createDirectories(directory.resolve("cache"));
		// nginx workers run as an unprivileged user when the master is root.
		for (Path path : new Path[] { directory, cache }) {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxrwxrwx"));
		}
		String config = Files.readString(CONFIG)
			.replace("listen 80;", "listen 127.0.0.1:" + port + ";")
			.replace("server 127.0.0.1:8080;", "server 127.0.0.1:" + originPort + ";")
			.replace("/var/cache/nginx/broadsheet", cache.toString())
			.replace("/run/nginx-broadsheet-edge.pid", directory.resolve("nginx.pid").toString());
		Path file = directory.resolve("nginx.conf");
		Files.writeString(file, config, StandardCharsets.UTF_8);
		this.nginx = new ProcessBuilder("nginx", "-p", directory.toString(), "-c", file.toString(), "-e",
				directory.resolve("error.log").toString(), "-g", "daemon off;")
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("nginx.out").toFile())
			.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
			.start();
	}

	static Edge start(int originPort) throws IOException, InterruptedException {
		Tools.require("nginx", "nginx-light");
		return new Edge(originPort);
	}

	Http http() {
		return new Http("http://127.0.0.1:" + port);
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
	public void close() throws InterruptedException {
		nginx.destroy();
		if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
			nginx.destroyForcibly();
		}
	}

}
