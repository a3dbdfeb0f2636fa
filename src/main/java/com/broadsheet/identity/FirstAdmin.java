package com.broadsheet.identity;

import java.security.SecureRandom;
import java.util.Base64;

import com.broadsheet.observability.LogMasking;
import com.broadsheet.web.InvalidInput;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates the first admin on an empty database. There is no default password: it comes
 * from {@code broadsheet.admin.password} or is generated and printed once. Several
 * instances starting together serialize on an advisory lock, so exactly one creates it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FirstAdmin implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	private static final long LOCK_KEY = 0x62726f6164L; // "broad"

	private final Accounts accounts;

	private final ApiTokens tokens;

	private final AdminProperties properties;

	private final JdbcClient jdbc;

	private final TransactionTemplate transaction;

	FirstAdmin(Accounts accounts, ApiTokens tokens, AdminProperties properties, JdbcClient jdbc,
			TransactionTemplate transaction) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.properties = properties;
		this.jdbc = jdbc;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		transaction.executeWithoutResult(status -> {
			jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query((rs, row) -> null).list();
			if (!accounts.any()) {
				createAdmin();
			}
			if (properties.apiToken() != null && !properties.apiToken().isBlank()) {
				provisionToken();
			}
		});
	}

	private void createAdmin() {
		boolean generated = properties.password() == null || properties.password().isBlank();
		String password = generated ? generatePassword() : properties.password();
		try {
			accounts.create(new NewAccount(properties.email(), "Administrator", password, Role.ADMIN, null));
		}
		catch (InvalidInput ex) {
			throw new IllegalStateException("Cannot create the first admin from broadsheet.admin.*: "
					+ ex.problems().stream().map(p -> p.field() + " " + p.message()).toList(), ex);
		}
		// One line per fact, so the block reads the same as text and as JSON lines. The
		// address is configuration, not a visitor's: the log shows it unmasked here.
		String email = properties.email();
		if (generated) {
			log.warn("Created the first admin account; sign in at /login with");
			LogMasking.showing(email, () -> log.warn("  e-mail:   {}", email));
			log.warn("  password: {}", password);
			log.warn("This password is shown once: keep it safe, or set broadsheet.admin.password "
					+ "(BROADSHEET_ADMIN_PASSWORD) before the first start.");
		}
		else {
			LogMasking.showing(email,
					() -> log.info("Created the first admin account {} with the configured password", email));
		}
	}

	private void provisionToken() {
		if (!properties.apiToken().startsWith(ApiTokens.PREFIX) || properties.apiToken().length() < 24) {
			throw new IllegalStateException("broadsheet.admin.api-token must start with '" + ApiTokens.PREFIX
					+ "' and be at least 24 characters long");
		}
		Editor admin = accounts.all()
			.stream()
			.filter(Editor::isAdmin)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("No admin account to own the provisioned API token"));
		tokens.provision(admin.id(), properties.apiToken());
	}

	private static String generatePassword() {
		byte[] bytes = new byte[18];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
