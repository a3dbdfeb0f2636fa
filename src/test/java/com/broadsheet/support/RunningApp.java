package com.broadsheet.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.broadsheet.BroadsheetApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the real application in-process with the given properties, for tests about what
 * happens across starts (first start, restart, configuration). Close it to stop.
 */
public final class RunningApp implements AutoCloseable {

	private final ConfigurableApplicationContext context;

	private RunningApp(ConfigurableApplicationContext context) {
		this.context = context;
	}

	public static RunningApp start(Map<String, String> properties) {
		List<String> args = new ArrayList<>();
		args.add("--server.port=0");
		properties.forEach((key, value) -> args.add("--" + key + "=" + value));
		return new RunningApp(
				new SpringApplicationBuilder(BroadsheetApplication.class).run(args.toArray(String[]::new)));
	}

	/** Properties for a run against the given database on the machine's PostgreSQL. */
	public static Map<String, String> on(String jdbcUrl, String... more) {
		Map<String, String> properties = new java.util.LinkedHashMap<>();
		properties.put("spring.datasource.url", jdbcUrl);
		properties.put("spring.datasource.username", TestDatabases.user());
		for (int i = 0; i + 1 < more.length; i += 2) {
			properties.put(more[i], more[i + 1]);
		}
		return properties;
	}

	public int port() {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	public Http http() {
		return new Http(port());
	}

	public String property(String key) {
		return context.getEnvironment().getProperty(key);
	}

	public <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

	@Override
	public void close() {
		context.close();
	}

}
