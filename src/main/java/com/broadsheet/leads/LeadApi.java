package com.broadsheet.leads;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

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

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Accepted> submit(@RequestBody LeadSubmission submission) {
		Lead lead = intake.submit(submission, LeadSource.API);
		return ResponseEntity.created(URI.create("/api/v1/leads/" + lead.id()))
			.body(new Accepted(lead.id(), lead.createdAt()));
	}

	@GetMapping("/{id}")
	Lead lead(@PathVariable UUID id) {
		return directory.get(id);
	}

}
