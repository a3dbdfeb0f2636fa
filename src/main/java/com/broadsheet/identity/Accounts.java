package com.broadsheet.identity;

import java.util.List;
import java.util.Optional;

import jakarta.validation.Validator;

import com.broadsheet.web.InvalidInput;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Editor accounts: creation, lookup and sign-in. */
@Service
@Transactional(readOnly = true)
public class Accounts implements UserDetailsService {

	static final String SELECT = """
			select id, email, display_name, role, author_slug, enabled, password_hash from app_user
			""";

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final Validator validator;

	Accounts(JdbcClient jdbc, PasswordEncoder passwords, Validator validator) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.validator = validator;
	}

	/**
	 * @return the new account
	 * @throws InvalidInput (422) for invalid fields, a weak password or an e-mail in use
	 */
	@Transactional
	public Editor create(NewAccount account) {
		var violations = validator.validate(account);
		if (!violations.isEmpty()) {
			throw InvalidInput.from(violations);
		}
		String weak = PasswordPolicy.problem(account.password(), account.email());
		if (weak != null) {
			throw InvalidInput.of("password", weak);
		}
		if (account.role() == Role.AUTHOR && (account.authorSlug() == null || account.authorSlug().isBlank())) {
			throw InvalidInput.of("authorSlug", "An AUTHOR account must be linked to an author.");
		}
		try {
			long id = jdbc.sql("""
					insert into app_user (email, display_name, password_hash, role, author_slug)
					values (?, ?, ?, ?, ?) returning id
					""")
				.params(account.email().strip(), account.displayName().strip(), passwords.encode(account.password()),
						account.role().name(), blankToNull(account.authorSlug()))
				.query(Long.class)
				.single();
			return byId(id).orElseThrow();
		}
		catch (DuplicateKeyException ex) {
			throw InvalidInput.of("email", "An account with this e-mail already exists.");
		}
	}

	/**
	 * Changes an account's password after checking the current one.
	 * @throws InvalidInput (422) when the current password is wrong or the new one is
	 * weak or unconfirmed
	 */
	@Transactional
	public void changePassword(long accountId, String current, String replacement, String confirmation) {
		record Stored(String email, String hash) {
		}
		Stored stored = jdbc.sql("select email, password_hash from app_user where id = ?")
			.param(accountId)
			.query((rs, row) -> new Stored(rs.getString(1), rs.getString(2)))
			.single();
		if (current == null || !passwords.matches(current, stored.hash())) {
			throw InvalidInput.of("current", "That is not your current password.");
		}
		String weak = PasswordPolicy.problem(replacement, stored.email());
		if (weak != null) {
			throw InvalidInput.of("password", weak);
		}
		if (!replacement.equals(confirmation)) {
			throw InvalidInput.of("confirmation", "The two new passwords differ.");
		}
		if (replacement.equals(current)) {
			throw InvalidInput.of("password", "Choose a password different from the current one.");
		}
		jdbc.sql("update app_user set password_hash = ? where id = ?")
			.params(passwords.encode(replacement), accountId)
			.update();
	}

	public List<Editor> all() {
		return jdbc.sql(SELECT + " order by lower(email)").query(Accounts::map).list();
	}

	public Optional<Editor> byId(long id) {
		return jdbc.sql(SELECT + " where id = ?").param(id).query(Accounts::map).optional();
	}

	public boolean any() {
		return jdbc.sql("select exists (select 1 from app_user)").query(Boolean.class).single();
	}

	@Override
	public Editor loadUserByUsername(String email) {
		return jdbc.sql(SELECT + " where lower(email) = lower(?)")
			.param(email)
			.query(Accounts::map)
			.optional()
			.orElseThrow(() -> new UsernameNotFoundException("No account"));
	}

	static Editor map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Editor(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
				Role.valueOf(rs.getString("role")), rs.getString("author_slug"), rs.getBoolean("enabled"),
				rs.getString("password_hash"));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
