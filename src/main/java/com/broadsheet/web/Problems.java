package com.broadsheet.web;

import java.io.IOException;
import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The one place where failures become responses: RFC 9457 problem details
 * ({@code application/problem+json}) for the APIs, an HTML error page for everything
 * else. Exceptions choose their status with {@link ResponseStatus}; Spring's own web
 * exceptions carry theirs.
 */
@Component
public class Problems {

	private static final Logger log = LoggerFactory.getLogger(Problems.class);

	private final Templates templates;

	private final SiteProperties site;

	private final JsonMapper json;

	Problems(Templates templates, SiteProperties site, JsonMapper json) {
		this.templates = templates;
		this.site = site;
		this.json = json;
	}

	/** Describes any exception as a problem; unknown ones become a logged 500. */
	public ProblemDetail describe(Throwable ex) {
		if (causedByOversizedBody(ex) || ex instanceof MaxUploadSizeExceededException) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, "The request body is larger than allowed.");
		}
		if (ex instanceof InvalidInput invalid) {
			ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "The request has invalid fields.");
			problem.setProperty("errors", invalid.problems());
			return problem;
		}
		if (ex instanceof MethodArgumentNotValidException invalid) {
			return describe(new InvalidInput(invalid.getFieldErrors()
				.stream()
				.map(error -> new FieldProblem(error.getField(), error.getDefaultMessage()))
				.toList()));
		}
		if (ex instanceof HttpMessageNotReadableException) {
			return problem(HttpStatus.BAD_REQUEST, "The request body is not readable: malformed JSON or wrong types.");
		}
		if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
			return problem(HttpStatus.BAD_REQUEST, "Parameter '" + mismatch.getName() + "' has an invalid value.");
		}
		if (ex instanceof AccessDeniedException) {
			return problem(HttpStatus.FORBIDDEN, "You are not allowed to do this.");
		}
		if (ex instanceof ErrorResponse response) {
			return problem(response.getStatusCode(), response.getBody().getDetail());
		}
		ResponseStatus annotated = AnnotatedElementUtils.findMergedAnnotation(ex.getClass(), ResponseStatus.class);
		if (annotated != null) {
			return problem(annotated.code(), ex.getMessage());
		}
		if (clientWentAway(ex)) {
			// The reader closed the connection (or the balancer did, for a health check):
			// nothing to answer and nothing wrong here.
			log.debug("Client went away: {}", ex.toString());
			return problem(HttpStatus.BAD_REQUEST, "The connection was closed by the client.");
		}
		log.error("Unhandled failure", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side. Please try again.");
	}

	private static boolean clientWentAway(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof AsyncRequestNotUsableException
					|| cause.getClass().getName().equals("org.apache.catalina.connector.ClientAbortException")) {
				return true;
			}
		}
		return false;
	}

	public static ProblemDetail problem(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		HttpStatus known = HttpStatus.resolve(status.value());
		problem.setTitle(known != null ? known.getReasonPhrase() : "Error");
		return problem;
	}

	/** Problem JSON for API requests, the HTML error page otherwise. */
	public ResponseEntity<?> respond(HttpServletRequest request, ProblemDetail problem) {
		problem.setInstance(URI.create(request.getRequestURI()));
		if (wantsJson(request)) {
			return ResponseEntity.status(problem.getStatus())
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(problem);
		}
		return templates.page(HttpStatusCode.valueOf(problem.getStatus()), "error.jte", errorPage(problem));
	}

	/** For filters and security entry points that answer outside Spring MVC. */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		problem.setInstance(URI.create(request.getRequestURI()));
		response.setStatus(problem.getStatus());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		if (wantsJson(request)) {
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			json.writeValue(response.getOutputStream(), problem);
		}
		else {
			response.setContentType(Templates.HTML.toString());
			response.getOutputStream().write(templates.render("error.jte", errorPage(problem)));
		}
	}

	public static boolean wantsJson(HttpServletRequest request) {
		String path = request.getRequestURI();
		if (path.startsWith("/api/") || path.startsWith("/actuator")) {
			return true;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && !accept.contains("text/html")
				&& (accept.contains("application/json") || accept.contains("application/problem+json"));
	}

	private ErrorPage errorPage(ProblemDetail problem) {
		String title = problem.getStatus() == 404 ? "Page not found" : problem.getTitle();
		String detail = problem.getStatus() == 404 ? "The page you asked for does not exist or is no longer published."
				: problem.getDetail();
		@SuppressWarnings("unchecked")
		List<FieldProblem> fields = problem.getProperties() != null
				? (List<FieldProblem>) problem.getProperties().getOrDefault("errors", List.of()) : List.of();
		PageMeta meta = PageMeta.website(site, title, detail, problem.getInstance().getPath()).notIndexed();
		return new ErrorPage(meta, problem.getStatus(), title, detail, fields);
	}

	private static boolean causedByOversizedBody(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof BodyTooLarge) {
				return true;
			}
		}
		return false;
	}

}
