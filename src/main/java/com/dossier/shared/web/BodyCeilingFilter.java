package com.dossier.shared.web;

import java.io.IOException;
import java.util.List;

import com.dossier.shared.Sizes;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Bounds the bodies the container does not bound: JSON and any other non-form,
 * non-multipart content (Tomcat limits form posts by {@code max-http-form-post-size}, and
 * {@link UploadCeilingFilter} multipart ones). Without it a client could stream a body of
 * any size into Jackson's tree and the heap. A declared length beyond the ceiling is
 * refused unread (413); a body without one (chunked) is counted as it is read and stops
 * with {@link BodyTooLargeException}, which {@link ApiExceptionHandler} answers as 413.
 */
public class BodyCeilingFilter extends OncePerRequestFilter {

	private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

	private final long ceiling;

	private final List<Allowance> allowances;

	private final ApiProblems problems;

	private record Allowance(PathPattern pattern, long ceiling) {
	}

	public BodyCeilingFilter(long ceiling, List<BodyEndpoint> endpoints, ApiProblems problems) {
		this.ceiling = ceiling;
		this.allowances = endpoints.stream().map(e -> new Allowance(PARSER.parse(e.pattern()), e.ceiling())).toList();
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!bounded(request)) {
			chain.doFilter(request, response);
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		long allowed = ceilingFor(path);
		long length = request.getContentLengthLong();
		if (length > allowed) {
			Object[] args = { Sizes.kb(allowed) };
			if (path.startsWith("/api/")) {
				problems.write(response, problems.problem(HttpStatus.CONTENT_TOO_LARGE, "request.too_large",
						"error.request.body_too_large", args));
			}
			else {
				PlainErrorPage.write(response, HttpStatus.CONTENT_TOO_LARGE,
						problems.text("error.request.body_too_large", args));
			}
			return;
		}
		chain.doFilter(length < 0 ? new Counted(request, allowed) : request, response);
	}

	/**
	 * A body the container leaves unbounded: not a form post, not multipart, and one that
	 * is there (a declared length or chunked).
	 */
	private static boolean bounded(HttpServletRequest request) {
		String type = request.getContentType();
		if (type != null) {
			String lower = type.toLowerCase(java.util.Locale.ROOT);
			if (lower.startsWith("multipart/") || lower.startsWith("application/x-www-form-urlencoded")) {
				return false;
			}
		}
		return request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
	}

	private long ceilingFor(String path) {
		PathContainer container = PathContainer.parsePath(path);
		return allowances.stream()
			.filter(a -> a.pattern().matches(container))
			.mapToLong(Allowance::ceiling)
			.findFirst()
			.orElse(ceiling);
	}

	/** The request with its body counted against the ceiling as it is read. */
	private static final class Counted extends HttpServletRequestWrapper {

		private final long allowed;

		private ServletInputStream stream;

		Counted(HttpServletRequest request, long allowed) {
			super(request);
			this.allowed = allowed;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				stream = new CountingStream(super.getInputStream(), allowed);
			}
			return stream;
		}

		@Override
		public java.io.BufferedReader getReader() throws IOException {
			String charset = getCharacterEncoding();
			return new java.io.BufferedReader(new java.io.InputStreamReader(getInputStream(), charset == null
					? java.nio.charset.StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(charset)));
		}

	}

	private static final class CountingStream extends ServletInputStream {

		private final ServletInputStream in;

		private final long allowed;

		private long read;

		CountingStream(ServletInputStream in, long allowed) {
			this.in = in;
			this.allowed = allowed;
		}

		@Override
		public int read() throws IOException {
			int b = in.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws IOException {
			read += n;
			if (read > allowed) {
				throw new BodyTooLargeException(allowed);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
