package com.broadsheet.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.qpid.server.SystemLauncher;
import org.apache.qpid.server.SystemLauncherListener;
import org.apache.qpid.server.model.AbstractConfigurationChangeListener;
import org.apache.qpid.server.model.Broker;
import org.apache.qpid.server.model.ConfiguredObject;
import org.apache.qpid.server.model.Exchange;
import org.apache.qpid.server.model.Queue;
import org.apache.qpid.server.model.SystemConfig;
import org.apache.qpid.server.model.VirtualHost;
import org.apache.qpid.server.model.VirtualHostNode;

import static org.awaitility.Awaitility.await;

/**
 * An AMQP 0-9-1 broker inside the test JVM (Apache Qpid Broker-J, in memory), for
 * machines without RabbitMQ. Broker-J has no {@code x-message-ttl} or
 * {@code x-dead-letter-exchange} declare arguments; it ignores them here, and the delay
 * queues of the retry path ({@code <ns>.retry.<n>ms}, see {@code RabbitNames}) get the
 * same behaviour from Broker-J's own attributes: messages expire after {@code n} ms and
 * are routed, with their routing key, to the {@code <ns>.requeue} exchange.
 */
final class EmbeddedBroker {

	private static final Pattern DELAY_QUEUE = Pattern.compile("(.+)\\.retry\\.(\\d+)ms");

	private final SystemLauncher launcher;

	private final VirtualHost<?> host;

	private final int port;

	private EmbeddedBroker(SystemLauncher launcher, VirtualHost<?> host, int port) {
		this.launcher = launcher;
		this.host = host;
		this.port = port;
	}

	static EmbeddedBroker start() throws Exception {
		int port = freePort();
		Path work = Files.createTempDirectory("broadsheet-amqp");
		Path config = work.resolve("broker.json");
		Files.writeString(config, """
				{
				  "name": "broadsheet-test",
				  "modelVersion": "9.1",
				  "authenticationproviders": [ {
				    "name": "plain", "type": "Plain", "secureOnlyMechanisms": [],
				    "users": [ { "name": "guest", "type": "managed", "password": "guest" } ]
				  } ],
				  "ports": [ {
				    "name": "AMQP", "port": "%d", "bindingAddress": "127.0.0.1",
				    "authenticationProvider": "plain", "protocols": [ "AMQP_0_9_1" ],
				    "virtualhostaliases": [ { "name": "nameAlias", "type": "nameAlias" },
				                            { "name": "defaultAlias", "type": "defaultAlias" } ]
				  } ],
				  "virtualhostnodes": [ {
				    "name": "default", "type": "Memory", "defaultVirtualHostNode": "true",
				    "virtualHostInitialConfiguration": "{\\"type\\": \\"Memory\\", \\"housekeepingCheckPeriod\\": 50}"
				  } ]
				}
				""".formatted(port));
		AtomicReference<SystemConfig<?>> system = new AtomicReference<>();
		SystemLauncher launcher = new SystemLauncher(new SystemLauncherListener.DefaultSystemLauncherListener() {
			@Override
			public void onContainerResolve(SystemConfig<?> config) {
				system.set(config);
			}
		});
		launcher.startup(Map.of("type", "Memory", "initialConfigurationLocation", config.toUri().toString(),
				"startupLoggedToSystemOut", false, "context", Map.of("qpid.work_dir", work.toString(),
						Queue.UNKNOWN_QUEUE_DECLARE_ARGUMENT_BEHAVIOUR_NAME, "IGNORE")));
		VirtualHost<?> host = virtualHost(system.get().getContainer(Broker.class));
		host.addChangeListener(new AbstractConfigurationChangeListener() {
			@Override
			public void childAdded(ConfiguredObject<?> parent, ConfiguredObject<?> child) {
				if (child instanceof Queue<?> queue) {
					delayLikeRabbitMq(queue);
				}
			}
		});
		return new EmbeddedBroker(launcher, host, port);
	}

	int port() {
		return port;
	}

	List<String> queueNames() {
		return host.getChildren(Queue.class).stream().map(ConfiguredObject::getName).toList();
	}

	List<String> exchangeNames() {
		return host.getChildren(Exchange.class).stream().map(ConfiguredObject::getName).toList();
	}

	void stop() {
		launcher.shutdown();
	}

	private static void delayLikeRabbitMq(Queue<?> queue) {
		Matcher delay = DELAY_QUEUE.matcher(queue.getName());
		if (delay.matches()) {
			queue.setAttributesAsync(Map.of(Queue.MAXIMUM_MESSAGE_TTL, Long.parseLong(delay.group(2)),
					Queue.EXPIRY_POLICY, "ROUTE_TO_ALTERNATE", Queue.ALTERNATE_BINDING,
					Map.of("destination", delay.group(1) + ".requeue")));
		}
	}

	private static VirtualHost<?> virtualHost(Broker<?> broker) {
		return await().atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(20))
			.until(() -> broker.getChildren(VirtualHostNode.class)
				.stream()
				.map(VirtualHostNode::getVirtualHost)
				.filter(java.util.Objects::nonNull)
				.findFirst()
				.orElse(null), java.util.Objects::nonNull);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
