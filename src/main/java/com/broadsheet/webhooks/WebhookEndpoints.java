package com.broadsheet.webhooks;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Validator;

import com.broadsheet.web.FieldProblem;
import com.broadsheet.web.InvalidInput;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registering webhook endpoints and reading their delivery logs. */
@Service
@Transactional
public class WebhookEndpoints {

	/** Long enough that guessing it is hopeless. */
	static final int MIN_SECRET_LENGTH = 16;

	static final int LOG_SIZE = 50;

	private final Endpoints endpoints;

	private final Deliveries deliveries;

	private final TargetGuard guard;

	private final Validator validator;

	private final WebhookSender sender;

	WebhookEndpoints(Endpoints endpoints, Deliveries deliveries, TargetGuard guard, Validator validator,
			WebhookSender sender) {
		this.endpoints = endpoints;
		this.deliveries = deliveries;
		this.guard = guard;
		this.validator = validator;
		this.sender = sender;
	}

	/**
	 * @throws InvalidInput (422) for invalid fields, an unknown event, or a target that
	 * is not allowed (loopback, private, link-local, unresolvable)
	 */
	public Endpoint register(EndpointDraft draft) {
		validate(draft, true);
		long id = endpoints.insert(draft.url().strip(), draft.secret(), draft.events(), enabled(draft));
		return get(id);
	}

	/** As {@link #register}; a blank secret keeps the current one. */
	public Endpoint update(long id, EndpointDraft draft) {
		get(id);
		validate(draft, false);
		String secret = draft.secret() == null || draft.secret().isBlank() ? null : draft.secret();
		endpoints.update(id, draft.url().strip(), secret, draft.events(), enabled(draft));
		return get(id);
	}

	public void delete(long id) {
		if (!endpoints.delete(id)) {
			throw new EndpointNotFound(id);
		}
	}

	@Transactional(readOnly = true)
	public List<Endpoint> list() {
		return endpoints.all().stream().map(Endpoints.Stored::view).toList();
	}

	/**
	 * @throws EndpointNotFound if there is none
	 */
	@Transactional(readOnly = true)
	public Endpoint get(long id) {
		return endpoints.byId(id).map(Endpoints.Stored::view).orElseThrow(() -> new EndpointNotFound(id));
	}

	/**
	 * The newest deliveries of an endpoint, with every attempt: time, status, latency.
	 */
	@Transactional(readOnly = true)
	public List<DeliveryLog> deliveries(long endpointId) {
		get(endpointId);
		return deliveries.log(endpointId, LOG_SIZE);
	}

	/** Sends a delivery again (a fresh retry window), delivered or not. */
	public void redeliver(long endpointId, long deliveryId) {
		if (!deliveries.redeliver(endpointId, deliveryId)) {
			throw new EndpointNotFound(deliveryId);
		}
		sender.wakeUpAfterCommit();
	}

	private void validate(EndpointDraft draft, boolean creating) {
		List<FieldProblem> problems = new ArrayList<>(InvalidInput.from(validator.validate(draft)).problems());
		if (creating && (draft.secret() == null || draft.secret().length() < MIN_SECRET_LENGTH)) {
			problems.add(new FieldProblem("secret", "must be at least " + MIN_SECRET_LENGTH + " characters"));
		}
		if (!creating && draft.secret() != null && !draft.secret().isBlank()
				&& draft.secret().length() < MIN_SECRET_LENGTH) {
			problems.add(new FieldProblem("secret", "must be at least " + MIN_SECRET_LENGTH + " characters"));
		}
		if (draft.events() != null) {
			for (String event : draft.events()) {
				if (!WebhookEvents.NAMES.contains(event)) {
					problems.add(new FieldProblem("events",
							"unknown event '" + event + "'; choose from " + String.join(", ", WebhookEvents.NAMES)));
				}
			}
		}
		if (draft.url() != null && !draft.url().isBlank()) {
			try {
				guard.check(new URI(draft.url().strip()));
			}
			catch (URISyntaxException ex) {
				problems.add(new FieldProblem("url", "is not a valid URL"));
			}
			catch (TargetGuard.UnsafeTarget ex) {
				problems.add(new FieldProblem("url", ex.getMessage()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems);
		}
	}

	private static boolean enabled(EndpointDraft draft) {
		return draft.enabled() == null || draft.enabled();
	}

}
