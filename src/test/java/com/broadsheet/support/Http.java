package com.broadsheet.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.net.ssl.SSLContext;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A real HTTP client for tests: no redirects followed, cookies kept per instance (so one
 * instance is one browser session).
 */
public final class Http {

	private final String base;

	private final HttpClient client;

	private final CookieManager cookies;

	public Http(int port) {
		this("http://localhost:" + port);
	}

	public Http(String base) {
		this(base, new CookieManager());
	}

	/**
	 * A browser whose connections leave from {@code source} (e.g. {@code 127.0.0.2}, a
	 * visitor other than {@code 127.0.0.1}) and that trusts the certificates of
	 * {@code tls} (the JDK's when {@code null}). {@code base} must name an address
	 * {@code source} can reach.
	 */
	public Http(String base, InetAddress source, SSLContext tls) {
		this(base, new CookieManager(), builder -> {
			builder.localAddress(source);
			if (tls != null) {
				builder.sslContext(tls);
			}
		});
	}

	private Http(String base, CookieManager cookies) {
		this(base, cookies, builder -> {
		});
	}

	private Http(String base, CookieManager cookies, Consumer<HttpClient.Builder> options) {
		this.base = base;
		this.cookies = cookies;
		cookies.setCookiePolicy(CookiePolicy.ACCEPT_ALL);
		HttpClient.Builder builder = HttpClient.newBuilder()
			.cookieHandler(cookies)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5));
		options.accept(builder);
		this.client = builder.build();
	}

	/**
	 * The same browser (same cookies) talking to another server, e.g. another instance.
	 */
	public Http at(int port) {
		return new Http("http://localhost:" + port, cookies);
	}

	public record Response(int status, java.net.http.HttpHeaders headers, String body) {

		public String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

		public Document html() {
			return Jsoup.parse(body);
		}

	}

	public Response get(String path, String... headers) {
		return send(request(path, headers).GET().build());
	}

	public Response post(String path, String contentType, String body, String... headers) {
		return send(request(path, headers).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	public Response postForm(String path, Map<String, String> fields, String... headers) {
		return post(path, "application/x-www-form-urlencoded", form(fields), headers);
	}

	/**
	 * A {@code multipart/form-data} POST with text fields and one file, as a browser
	 * sends it.
	 */
	public Response postMultipart(String path, Map<String, String> fields, String fileField, String filename,
			String contentType, byte[] file) {
		String boundary = "----broadsheet" + System.nanoTime();
		java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n")
					.getBytes(StandardCharsets.UTF_8)));
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
				+ filename + "\"\r\nContent-Type: " + contentType + "\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
			.build());
	}

	public Response postJson(String path, String json, String... headers) {
		return post(path, "application/json", json, headers);
	}

	public Response putJson(String path, String json, String... headers) {
		return send(request(path, headers).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(json))
			.build());
	}

	public Response delete(String path, String... headers) {
		return send(request(path, headers).DELETE().build());
	}

	public Response send(HttpRequest request) {
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.headers(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpRequest.Builder request(String path, String... headers) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
		for (int i = 0; i + 1 < headers.length; i += 2) {
			builder.header(headers[i], headers[i + 1]);
		}
		return builder;
	}

	/** Signs in through the login form like a browser would, CSRF token included. */
	public Http signIn(String email, String password) {
		Response login = get("/login");
		String csrf = login.html().selectFirst("input[name=_csrf]").val();
		Response result = postForm("/login", Map.of("username", email, "password", password, "_csrf", csrf));
		if (result.status() != 302 || result.header("Location").contains("error")) {
			throw new IllegalStateException("Sign-in failed: " + result.status() + " " + result.header("Location"));
		}
		return this;
	}

	/** The value of a cookie this browser holds, or {@code null}. */
	public String cookie(String name) {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(cookie -> cookie.getName().equals(name))
			.map(java.net.HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	/** The CSRF token of a form on the given admin page. */
	public String csrf(String path) {
		return get(path).html().selectFirst("input[name=_csrf]").val();
	}

	public static Map<String, String> fields(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	public static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	public static String bearer(String token) {
		return "Bearer " + token;
	}

}
