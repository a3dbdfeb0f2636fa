package com.broadsheet.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.broadsheet.BroadsheetApplication;

import static org.awaitility.Awaitility.await;

/**
 * The application in a JVM process of its own, started from the test classpath, so a test
 * can kill it without warning ({@code kill -9}).
 */
public final class AppProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path log;

	private AppProcess(Process process, int port, Path log) {
		this.process = process;
		this.port = port;
		this.log = log;
	}

	public static AppProcess start(Map<String, String> properties) {
		int port = freePort();
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-Xmx512m");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(BroadsheetApplication.class.getName());
		command.add("--server.port=" + port);
		properties.forEach((key, value) -> command.add("--" + key + "=" + value));
		try {
			Path log = Files.createTempFile("broadsheet-process", ".log");
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.directory(new File(System.getProperty("user.dir")))
				.start();
			AppProcess app = new AppProcess(process, port, log);
			try {
				await().atMost(Duration.ofSeconds(120))
					.pollInterval(Duration.ofMillis(250))
					.ignoreExceptions()
					.failFast("process exited", () -> !process.isAlive())
					.until(() -> app.http().get("/actuator/health/readiness").status() == 200);
			}
			catch (RuntimeException ex) {
				app.close();
				String output = app.log();
				throw new IllegalStateException("Application process did not start; log tail:\n"
						+ output.substring(Math.max(0, output.length() - 4000)), ex);
			}
			return app;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public Http http() {
		return new Http(port);
	}

	public int port() {
		return port;
	}

	/** SIGKILL: no shutdown hooks, no graceful anything. */
	public void kill() {
		process.destroyForcibly();
		try {
			process.waitFor();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	public String log() {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			return "";
		}
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			process.destroy();
			try {
				process.waitFor();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
