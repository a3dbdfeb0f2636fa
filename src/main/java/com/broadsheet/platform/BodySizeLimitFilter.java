package com.broadsheet.platform;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies over {@code broadsheet.max-body-size} with 413 instead of buffering
 * them: at once when the declared length is too large, and while reading when a chunked
 * body grows past the limit. Runs before everything else, security included.
 */
@Component
@Order(FilterOrder.BODY_SIZE_LIMIT)
class BodySizeLimitFilter extends OncePerRequestFilter {

	/** Image uploads: the only requests allowed a larger body. */
	private static final Pattern UPLOADS = Pattern.compile("/admin/articles/\\d+/cover");

	private final long limit;

	private final long uploadLimit;

	private final Problems problems;

	BodySizeLimitFilter(PlatformProperties properties, Problems problems,
			@Value("${broadsheet.media.max-size:2MB}") DataSize mediaMaxSize) {
		this.limit = properties.maxBodySize().toBytes();
		// The multipart envelope and the other fields of the form on top of the image.
		this.uploadLimit = mediaMaxSize.toBytes() + properties.maxBodySize().toBytes();
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long limit = UPLOADS.matcher(request.getRequestURI()).matches() ? uploadLimit : this.limit;
		if (request.getContentLengthLong() > limit) {
			response.setHeader("Connection", "close");
			problems.write(request, response, Problems.problem(org.springframework.http.HttpStatus.CONTENT_TOO_LARGE,
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
