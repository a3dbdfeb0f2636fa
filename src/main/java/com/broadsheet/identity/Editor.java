package com.broadsheet.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in editor account: the authentication principal for both the admin UI and the
 * Admin API. The password hash is erased once sign-in succeeds, so it never reaches a
 * session store.
 */
public final class Editor implements UserDetails, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long id;

	private final String email;

	private final String displayName;

	private final Role role;

	private final String authorSlug;

	private final boolean enabled;

	private String passwordHash;

	Editor(long id, String email, String displayName, Role role, String authorSlug, boolean enabled,
			String passwordHash) {
		this.id = id;
		this.email = email;
		this.displayName = displayName;
		this.role = role;
		this.authorSlug = authorSlug;
		this.enabled = enabled;
		this.passwordHash = passwordHash;
	}

	public long id() {
		return id;
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	public Role role() {
		return role;
	}

	/** The author profile this account writes as, or {@code null}. */
	public String authorSlug() {
		return authorSlug;
	}

	public boolean isAdmin() {
		return role == Role.ADMIN;
	}

	/** Whether the account may manage categories, tags, authors and see leads. */
	public boolean mayManageSite() {
		return role != Role.AUTHOR;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return List.of(new SimpleGrantedAuthority(role.authority()));
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return email;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
