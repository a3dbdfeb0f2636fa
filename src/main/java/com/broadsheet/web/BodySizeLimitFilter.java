package com.broadsheet.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies over {@code broadsheet.max-body-size} with 413 instead of buffering
 * them: at once when the declared length is too large, and while reading when a chunked
 * body grows past the limit. Runs before everything else, security included.
 */
@Component
@Order(FilterOrder.BODY_SIZE_LIMIT)
class BodySizeLimitFilter extends OncePerRequestFilter {

	private final long limit;

	/** Routes that take uploads, contributed by the modules that own them. */
	private final List<UploadRoute> uploads;

	private final Problems problems;

	BodySizeLimitFilter(WebProperties properties, List<UploadRoute> uploads, Problems problems) {
		this.limit = properties.maxBodySize().toBytes();
		this.uploads = List.copyOf(uploads);
		this.problems = problems;
	}

	/**
	 * The limit for one request: an upload route's file plus the usual limit for the
	 * multipart envelope and the other fields of the form.
	 */
	private long limitFor(HttpServletRequest request) {
		if (uploads.isEmpty() || !"POST".equals(request.getMethod())) {
			return limit;
		}
		PathContainer path = PathContainer.parsePath(request.getRequestURI());
		for (UploadRoute upload : uploads) {
			if (upload.pattern().matches(path)) {
				return upload.maxFile().toBytes() + limit;
			}
		}
		return limit;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = limitFor(request);
		if (request.getContentLengthLong() > limit) {
			response.setHeader("Connection", "close");
			problems.write(request, response, Problems.problem(HttpStatus.CONTENT_TOO_LARGE,
					"The request body is larger than " + (limit / 1024) + " KB."));
			return;
		}
		chain.doFilter(new LimitedRequest(request, limit), response);
	}

	private static final class LimitedRequest extends HttpServletRequestWrapper {

		private final long limit;

		private ServletInputStream stream;

		LimitedRequest(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new LimitedInputStream(super.getInputStream(), limit);
			}
			return stream;
		}

	}

	private static final class LimitedInputStream extends ServletInputStream {

		private final ServletInputStream delegate;

		private final long limit;

		private long read;

		LimitedInputStream(ServletInputStream delegate, long limit) {
			this.delegate = delegate;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = delegate.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = delegate.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLarge {
			read += n;
			if (read > limit) {
				throw new BodyTooLarge(limit);
			}
		}

		@Override
		public boolean isFinished() {
			return delegate.isFinished();
		}

		@Override
		public boolean isReady() {
			return delegate.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			delegate.setReadListener(listener);
		}

	}

}
