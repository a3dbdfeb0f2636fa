package com.broadsheet.cluster;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.broadsheet.support.Http;
import com.broadsheet.support.Tools;

/**
 * A cluster started with {@code scripts/cluster} from the packaged jar: the same launcher
 * and HAProxy configuration ({@code deploy/haproxy.cfg}) an operator uses, on free ports
 * and in a directory of its own. Stopped (drained) on close.
 */
final class Cluster implements AutoCloseable {

	private static final Path ROOT = Path.of(System.getProperty("user.dir"));

	private final Map<String, String> environment;

	private final int size;

	private final int balancerPort;

	private final int statsPort;

	private final int basePort;

	private final Path directory;

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private Cluster(int size, Map<String, String> settings) throws IOException {
		this.size = size;
		this.directory = Files.createTempDirectory("broadsheet-cluster");
		this.balancerPort = Ports.free();
		this.statsPort = Ports.free();
		this.basePort = Ports.range(size);
		int managementPort = Ports.range(size);
		this.environment = new HashMap<>(settings);
		this.environment.put("CLUSTER_DIR", directory.toString());
		this.environment.put("CLUSTER_LB_PORT", Integer.toString(balancerPort));
		this.environment.put("CLUSTER_STATS_PORT", Integer.toString(statsPort));
		this.environment.put("CLUSTER_BASE_PORT", Integer.toString(basePort));
		this.environment.put("CLUSTER_MANAGEMENT_OFFSET", Integer.toString(managementPort - basePort));
		this.environment.put("CLUSTER_JAR", jar().toString());
		this.environment.put("CLUSTER_JAVA_OPTS", "-Xms128m -Xmx384m -XX:+ExitOnOutOfMemoryError");
		this.environment.put("JAVA_HOME",
				Path.of(ProcessHandle.current().info().command().orElseThrow()).getParent().getParent().toString());
	}

	/** Starts {@code size} instances and the balancer; returns once all take traffic. */
	static Cluster start(int size, Map<String, String> settings) throws IOException {
		Tools.require("haproxy", "haproxy");
		Tools.require("psql", "postgresql-client");
		Tools.require("curl", "curl");
		Cluster cluster = new Cluster(size, settings);
		try {
			cluster.run(Duration.ofMinutes(5), "start", Integer.toString(size));
		}
		catch (RuntimeException ex) {
			cluster.close();
			throw ex;
		}
		return cluster;
	}

	/** Runs {@code scripts/cluster <arguments>}; its output, or an exception with it. */
	String run(Duration timeout, String... arguments) {
		String[] command = Stream.concat(Stream.of(ROOT.resolve("scripts/cluster").toString()), Stream.of(arguments))
			.toArray(String[]::new);
		try {
			Path output = Files.createTempFile(directory, "command", ".out");
			ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile())
				.redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
			builder.environment().putAll(environment);
			Process process = builder.start();
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("scripts/cluster " + String.join(" ", arguments) + " did not finish in "
						+ timeout + ":\n" + Files.readString(output));
			}
			String text = Files.readString(output);
			if (process.exitValue() != 0) {
				throw new IllegalStateException("scripts/cluster " + String.join(" ", arguments) + " failed ("
						+ process.exitValue() + "):\n" + text + "\n" + logTails());
			}
			return text;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	String balancerUrl() {
		return "http://127.0.0.1:" + balancerPort;
	}

	Http balancer() {
		return new Http(balancerUrl());
	}

	/** Instance {@code i} (1-based) directly, bypassing the balancer. */
	Http instance(int i) {
		return new Http(instancePort(i));
	}

	int instancePort(int i) {
		return basePort + i - 1;
	}

	int balancerPort() {
		return balancerPort;
	}

	/**
	 * What HAProxy's status CSV says about instance {@code i}: field 18 is its state (UP,
	 * DOWN...), field 41 ({@code hrsp_2xx}) its count of 2xx responses.
	 */
	String[] balancerView(int i) {
		try {
			HttpResponse<String> response = client.send(
					HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort + "/;csv")).build(),
					HttpResponse.BodyHandlers.ofString());
			return response.body()
				.lines()
				.map(line -> line.split(",", -1))
				.filter(fields -> fields[0].equals("broadsheet") && fields[1].equals("app" + i))
				.findFirst()
				.orElseThrow();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	String balancerState(int i) {
		return balancerView(i)[17];
	}

	long responses2xx(int i) {
		return Long.parseLong(balancerView(i)[40]);
	}

	String log(int i) {
		try {
			return Files.readString(directory.resolve("app" + i + ".log"), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			return "";
		}
	}

	private String logTails() {
		StringBuilder tails = new StringBuilder();
		for (int i = 1; i <= size; i++) {
			String log = log(i);
			tails.append("--- app")
				.append(i)
				.append(".log (end)\n")
				.append(log.substring(Math.max(0, log.length() - 3000)));
		}
		return tails.toString();
	}

	@Override
	public void close() {
		run(Duration.ofMinutes(3), "stop");
	}

	private static Path jar() {
		try (Stream<Path> files = Files.list(ROOT.resolve("target"))) {
			return files.filter(file -> file.getFileName().toString().matches("broadsheet-.*\\.jar"))
				.filter(file -> !file.getFileName().toString().contains("plain"))
				.findFirst()
				.orElseThrow(() -> new IllegalStateException(
						"No packaged jar in target/: the cluster tests run in the integration-test phase (./mvnw verify)"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
