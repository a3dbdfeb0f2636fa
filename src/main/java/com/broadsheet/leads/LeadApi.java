package com.broadsheet.leads;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonAnySetter;

import com.broadsheet.web.FieldProblem;
import com.broadsheet.web.InvalidInput;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/leads} for integrators; reading a lead back needs an admin API
 * token (enforced by the security configuration).
 */
@RestController
@RequestMapping(path = LeadApi.PATH, produces = MediaType.APPLICATION_JSON_VALUE)
class LeadApi {

	static final String PATH = "/api/v1/leads";

	private final LeadIntake intake;

	private final LeadDirectory directory;

	LeadApi(LeadIntake intake, LeadDirectory directory) {
		this.intake = intake;
		this.directory = directory;
	}

	record Accepted(UUID id, Instant createdAt) {
	}

	/**
	 * The JSON body. Fields it does not know are collected rather than dropped: a client
	 * that names one differently ({@code articleSlug} for {@code article}) would
	 * otherwise lose what it sent without a word.
	 */
	record LeadRequest(String name, String email, String company, String message, Boolean consent, String article,
			@JsonAnySetter Map<String, Object> unknown) {

		static final String FIELDS = "name, email, company, message, consent and article";

		LeadSubmission submission() {
			return new LeadSubmission(name, email, company, message, consent, article);
		}

		/** Each field the API does not know, as a 422 problem naming it. */
		List<FieldProblem> unknownFields() {
			return unknown == null ? List.of()
					: unknown.keySet()
						.stream()
						.sorted()
						.map(field -> new FieldProblem(field, "Unknown field: a lead has " + FIELDS + "."))
						.toList();
		}

	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Accepted> submit(@RequestBody LeadRequest request) {
		if (!request.unknownFields().isEmpty()) {
			throw new InvalidInput(request.unknownFields());
		}
		Lead lead = intake.submit(request.submission(), LeadSource.API);
		return ResponseEntity.created(URI.create("/api/v1/leads/" + lead.id()))
			.body(new Accepted(lead.id(), lead.createdAt()));
	}

	@GetMapping("/{id}")
	Lead lead(@PathVariable UUID id) {
		return directory.get(id);
	}

}
