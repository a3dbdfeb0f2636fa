package com.broadsheet.caching;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rendered public response, kept as bytes so a hit costs no rendering: status, headers
 * (content type, ETag, Cache-Control, Surrogate-Key, security headers), body, and the
 * invalidation sequence numbers seen when rendering started.
 *
 * @param keys the surrogate keys the page depends on
 * @param localSequence this instance's invalidation sequence at render start
 * @param sharedSequence the shared (Redis) invalidation sequence at render start
 * @param route the handler's path pattern, for metrics of hits that bypass Spring MVC
 */
record CachedPage(int status, Map<String, List<String>> headers, byte[] body, String etag, Set<String> keys,
		long localSequence, long sharedSequence, String route) {

	/**
	 * Bumped whenever the serialized form or what it holds changes: old entries then
	 * simply miss. 2: the headers every response gets from the front filters (security
	 * headers) are no longer stored with a page.
	 */
	static final int FORMAT = 2;

	/** Memory used by an entry: the body plus a rough allowance for the rest. */
	int weight() {
		return body.length + 512 + headers.size() * 64;
	}

	boolean dependsOnAny(Set<String> changed) {
		for (String key : keys) {
			if (changed.contains(key)) {
				return true;
			}
		}
		return false;
	}

	byte[] serialize() {
		try {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(body.length + 1024);
			DataOutputStream out = new DataOutputStream(bytes);
			out.writeInt(FORMAT);
			out.writeInt(status);
			out.writeInt(headers.size());
			for (var header : headers.entrySet()) {
				out.writeUTF(header.getKey());
				out.writeInt(header.getValue().size());
				for (String value : header.getValue()) {
					out.writeUTF(value);
				}
			}
			out.writeUTF(etag);
			out.writeInt(keys.size());
			for (String key : keys) {
				out.writeUTF(key);
			}
			out.writeLong(localSequence);
			out.writeLong(sharedSequence);
			out.writeUTF(route == null ? "" : route);
			out.writeInt(body.length);
			out.write(body);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * @return the page, or {@code null} for bytes of another format
	 */
	static CachedPage deserialize(byte[] bytes) {
		try {
			DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
			if (in.readInt() != FORMAT) {
				return null;
			}
			int status = in.readInt();
			int headerCount = in.readInt();
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (int i = 0; i < headerCount; i++) {
				String name = in.readUTF();
				int valueCount = in.readInt();
				List<String> values = new ArrayList<>(valueCount);
				for (int j = 0; j < valueCount; j++) {
					values.add(in.readUTF());
				}
				headers.put(name, values);
			}
			String etag = in.readUTF();
			int keyCount = in.readInt();
			Set<String> keys = new LinkedHashSet<>();
			for (int i = 0; i < keyCount; i++) {
				keys.add(in.readUTF());
			}
			long localSequence = in.readLong();
			long sharedSequence = in.readLong();
			String route = in.readUTF();
			byte[] body = new byte[in.readInt()];
			in.readFully(body);
			return new CachedPage(status, headers, body, etag, keys, localSequence, sharedSequence,
					route.isEmpty() ? null : route);
		}
		catch (IOException ex) {
			return null;
		}
	}

}
