package com.broadsheet.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Routes every failure through {@link Problems}: exceptions raised in controllers (the
 * advice) and errors the servlet container reports on {@code /error}.
 */
@ControllerAdvice
class ErrorHandling {

	private final Problems problems;

	ErrorHandling(Problems problems) {
		this.problems = problems;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<?> handle(Exception ex, HttpServletRequest request) {
		return problems.respond(request, problems.describe(ex));
	}

	@RestController
	static class ContainerErrors implements ErrorController {

		private final Problems problems;

		ContainerErrors(Problems problems) {
			this.problems = problems;
		}

		@RequestMapping("/error")
		ResponseEntity<?> error(HttpServletRequest request) {
			Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
			HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
					? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
			Object exception = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
			ProblemDetail problem = exception instanceof Throwable failure ? problems.describe(failure)
					: Problems.problem(status, status.getReasonPhrase());
			return problems.respond(request, problem);
		}

	}

}
