package com.broadsheet.security;

import com.broadsheet.identity.Accounts;
import com.broadsheet.identity.ApiTokens;
import com.broadsheet.identity.Editor;
import com.broadsheet.identity.IssuedToken;
import com.broadsheet.identity.NewAccount;
import com.broadsheet.identity.Role;
import com.broadsheet.identity.TokenScope;
import com.broadsheet.web.InvalidInput;
import com.broadsheet.support.ArticleFixtures;
import com.broadsheet.support.BroadsheetTest;
import com.broadsheet.support.Http;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Password strength, password change, sign out everywhere, and read-only API tokens.
 */
@BroadsheetTest
class AccountSecurityTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	ApiTokens tokens;

	@Test
	void weakPasswordsAreRefused() {
		String email = "weak-" + ArticleFixtures.unique() + "@example.test";
		for (String weak : new String[] { "short", "password1234", "aaaaaaaaaaaaaaaa", "abababababab",
				email.substring(0, email.indexOf('@')) + "-2026!" }) {
			assertThatThrownBy(() -> accounts.create(new NewAccount(email, "Weak", weak, Role.EDITOR, null))).as(weak)
				.isInstanceOfSatisfying(InvalidInput.class,
						invalid -> assertThat(invalid.messageFor("password")).isNotBlank());
		}
		assertThat(accounts.create(new NewAccount(email, "Strong", "four random words here", Role.EDITOR, null)))
			.isNotNull();
	}

	@Test
	void changingThePasswordKeepsThisSessionUnderANewIdAndEndsTheOthers() {
		String email = "change-" + ArticleFixtures.unique() + "@example.test";
		accounts.create(new NewAccount(email, "Changer", "the first long password", Role.EDITOR, null));
		Http laptop = new Http(port).signIn(email, "the first long password");
		Http phone = new Http(port).signIn(email, "the first long password");
		String before = laptop.cookie("SESSION");

		assertThat(change(laptop, "not my password", "a brand new passphrase", "a brand new passphrase").status())
			.isEqualTo(422);
		assertThat(change(laptop, "the first long password", "password1234", "password1234").status()).isEqualTo(422);
		assertThat(change(laptop, "the first long password", "a brand new passphrase", "a different one!!").status())
			.isEqualTo(422);
		Http.Response changed = change(laptop, "the first long password", "a brand new passphrase",
				"a brand new passphrase");
		assertThat(changed.status()).isEqualTo(303);
		assertThat(changed.header("Location")).isEqualTo("/admin/account?changed");

		assertThat(laptop.get("/admin").status()).as("still signed in here").isEqualTo(200);
		assertThat(laptop.cookie("SESSION")).as("under a new session id").isNotEqualTo(before);
		assertThat(phone.get("/admin").status()).as("the other session is over").isEqualTo(302);
		Http stranger = new Http(port);
		Http.Response old = stranger.postForm("/login", Http.fields("_csrf", stranger.csrf("/login"), "username", email,
				"password", "the first long password"));
		assertThat(old.header("Location")).as("the old password no longer works").endsWith("/login?error");
		new Http(port).signIn(email, "a brand new passphrase");
	}

	@Test
	void signingOutEverywhereEndsEverySession() {
		String email = "everywhere-" + ArticleFixtures.unique() + "@example.test";
		accounts.create(new NewAccount(email, "Roamer", "many devices password", Role.EDITOR, null));
		Http desk = new Http(port).signIn(email, "many devices password");
		Http tablet = new Http(port).signIn(email, "many devices password");
		Http.Response out = desk.postForm("/admin/account/sign-out-everywhere",
				Http.fields("_csrf", desk.csrf("/admin/account")));
		assertThat(out.status()).isEqualTo(303);
		assertThat(out.header("Location")).isEqualTo("/login?signedOut");
		assertThat(desk.get("/admin").status()).isEqualTo(302);
		assertThat(tablet.get("/admin").status()).isEqualTo(302);
		assertThat(new Http(port).signIn(email, "many devices password").get("/admin").status()).isEqualTo(200);
	}

	@Test
	void aReadTokenReadsButCannotWriteAndEveryTokenRecordsItsUse() {
		Editor admin = accounts.all()
			.stream()
			.filter(editor -> editor.email().equals(BroadsheetTest.ADMIN_EMAIL))
			.findFirst()
			.orElseThrow();
		IssuedToken read = tokens.issue(admin.id(), "Dashboard (read)", TokenScope.READ);
		Http http = new Http(port);
		assertThat(http.get("/api/v1/admin/articles", "Authorization", Http.bearer(read.secret())).status())
			.isEqualTo(200);
		Http.Response write = http.postJson("/api/v1/admin/articles", "{}", "Authorization",
				Http.bearer(read.secret()));
		assertThat(write.status()).isEqualTo(403);
		assertThat(write.body()).contains("scope: read");
		assertThat(tokens.all().stream().filter(t -> t.id() == read.id()).findFirst().orElseThrow()).satisfies(view -> {
			assertThat(view.scope()).isEqualTo(TokenScope.READ);
			assertThat(view.lastUsedAt()).isNotNull();
		});
		IssuedToken full = tokens.issue(admin.id(), "CI (write)");
		assertThat(http.postJson("/api/v1/admin/articles", "{}", "Authorization", Http.bearer(full.secret())).status())
			.as("a write token gets as far as validation")
			.isEqualTo(422);
		tokens.revoke(read.id());
		assertThat(http.get("/api/v1/admin/articles", "Authorization", Http.bearer(read.secret())).status())
			.isEqualTo(401);
	}

	private static Http.Response change(Http browser, String current, String password, String confirmation) {
		return browser.postForm("/admin/account/password", Http.fields("_csrf", browser.csrf("/admin/account"),
				"current", current, "password", password, "confirmation", confirmation));
	}

}
