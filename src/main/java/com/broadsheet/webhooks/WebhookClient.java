package com.broadsheet.webhooks;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.ClientProtocolException;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Sends one webhook request: to the address {@link TargetGuard} checked, never to what
 * the name resolves to by then (the connection pool cannot even look names up), while the
 * {@code Host} header, TLS server name and certificate check use the URL's host name.
 * <p>
 * Each attempt has one deadline for connecting, the response headers and the body
 * together; at the deadline its connection is closed, whatever the receiver is doing. Of
 * the body, only the first {@value #BODY_CAP} bytes are read, so an acknowledgement that
 * fits ends cleanly; the rest is dropped with the connection. Connections are not reused:
 * every attempt starts from its own checked address.
 */
@Component
class WebhookClient implements AutoCloseable {

	static final String USER_AGENT = "Broadsheet-Webhooks/1.0";

	static final int BODY_CAP = 4096;

	/** More than attempts ever run at once ({@link EndpointLanes#MAX_IN_FLIGHT}). */
	private static final int MAX_CONNECTIONS = 1024;

	private static final ContentType JSON = ContentType.create("application/json");

	private static final DnsResolver NO_LOOKUPS = new DnsResolver() {
		@Override
		public InetAddress[] resolve(String host) throws UnknownHostException {
			throw new UnknownHostException("webhooks connect only to the address the target guard checked");
		}

		@Override
		public String resolveCanonicalHostname(String host) {
			return host;
		}
	};

	private final Duration timeout;

	private final CloseableHttpClient http;

	private final ScheduledExecutorService deadlines = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("webhook-deadlines").daemon().factory());

	@Autowired
	WebhookClient(WebhookProperties properties) {
		this(properties.timeout(), defaultTls());
	}

	WebhookClient(Duration timeout, SSLContext tls) {
		this.timeout = timeout;
		Timeout limit = Timeout.of(timeout);
		var connections = PoolingHttpClientConnectionManagerBuilder.create()
			.setDnsResolver(NO_LOOKUPS)
			.setTlsSocketStrategy(new DefaultClientTlsStrategy(tls))
			.setMaxConnTotal(MAX_CONNECTIONS)
			.setMaxConnPerRoute(MAX_CONNECTIONS)
			.setDefaultConnectionConfig(
					ConnectionConfig.custom().setConnectTimeout(limit).setSocketTimeout(limit).build())
			.build();
		this.http = HttpClients.custom()
			.setConnectionManager(connections)
			.setConnectionReuseStrategy((request, response, context) -> false)
			.setDefaultRequestConfig(
					RequestConfig.custom().setConnectionRequestTimeout(limit).setResponseTimeout(limit).build())
			.setUserAgent(USER_AGENT)
			.disableRedirectHandling()
			.disableAutomaticRetries()
			.disableCookieManagement()
			.disableAuthCaching()
			.disableContentCompression()
			.build();
	}

	/**
	 * POSTs a JSON body to the target, within the deadline.
	 * @return the response status
	 * @throws AttemptFailed when no complete response came in time; its message says why
	 * without naming an address
	 */
	int post(TargetGuard.Target target, Map<String, String> headers, String body) {
		HttpPost post = new HttpPost(target.url());
		headers.forEach(post::setHeader);
		post.setEntity(new ByteArrayEntity(body.getBytes(StandardCharsets.UTF_8), JSON));
		AtomicBoolean expired = new AtomicBoolean();
		ScheduledFuture<?> deadline = deadlines.schedule(() -> {
			expired.set(true);
			post.cancel();
		}, timeout.toNanos(), TimeUnit.NANOSECONDS);
		ClassicHttpResponse response = null;
		try {
			response = http.executeOpen(host(target), post, null);
			readStart(response.getEntity());
			return response.getCode();
		}
		catch (IOException ex) {
			throw new AttemptFailed(expired.get() ? timedOut() : reason(ex), ex);
		}
		finally {
			deadline.cancel(false);
			// Closes the connection at once: closing the response first would read the
			// rest of the body.
			post.cancel();
			if (response != null) {
				closeQuietly(response);
			}
		}
	}

	private static HttpHost host(TargetGuard.Target target) {
		URI url = target.url();
		String name = url.getHost().startsWith("[") ? url.getHost().substring(1, url.getHost().length() - 1)
				: url.getHost();
		return new HttpHost(url.getScheme().toLowerCase(), target.address(), name, url.getPort());
	}

	/**
	 * Reads the start of the body, so that a short acknowledgement ends cleanly. Leaves
	 * the stream open: closing it would read the rest.
	 */
	private static void readStart(HttpEntity entity) throws IOException {
		if (entity != null) {
			entity.getContent().readNBytes(BODY_CAP);
		}
	}

	private static void closeQuietly(ClassicHttpResponse response) {
		try {
			response.close();
		}
		catch (IOException ex) {
			// the connection is gone already
		}
	}

	/**
	 * Why an attempt failed, by kind of failure: the exceptions' own messages name
	 * addresses (the resolved one included), so they go to the log only.
	 */
	private String reason(IOException ex) {
		return switch (ex) {
			case SSLException tls -> "TLS handshake failed (certificate not trusted or not for this host)";
			case InterruptedIOException timeout -> timedOut();
			case ConnectException refused -> "could not connect";
			case SocketException lost -> "connection lost";
			case NoHttpResponseException none -> "no HTTP response";
			case ClientProtocolException invalid -> "invalid HTTP response";
			default -> "failed (" + ex.getClass().getSimpleName() + ")";
		};
	}

	private String timedOut() {
		return "timed out after "
				+ (timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + "s" : timeout.toMillis() + "ms");
	}

	private static SSLContext defaultTls() {
		try {
			return SSLContext.getDefault();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("No default TLS context", ex);
		}
	}

	@Override
	public void close() {
		deadlines.shutdownNow();
		http.close(CloseMode.IMMEDIATE);
	}

	/** An attempt that got no complete response. The message is fit to show editors. */
	static final class AttemptFailed extends RuntimeException {

		AttemptFailed(String message, IOException cause) {
			super(message, cause);
		}

	}

}
