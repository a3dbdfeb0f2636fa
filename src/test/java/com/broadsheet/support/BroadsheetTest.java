package com.broadsheet.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, against a fresh database on the real PostgreSQL
 * server, with the demo content loaded and a known admin and API token. Contexts with the
 * same properties are shared between test classes.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = FreshDatabase.class)
public @interface BroadsheetTest {

	String ADMIN_EMAIL = "admin@example.test";

	String ADMIN_PASSWORD = "correct horse battery staple";

	String API_TOKEN = "bs_test-token-for-the-admin-api-0123456789";

	@AliasFor(annotation = SpringBootTest.class, attribute = "properties")
	String[] properties() default { "broadsheet.admin.email=" + ADMIN_EMAIL,
			"broadsheet.admin.password=" + ADMIN_PASSWORD, "broadsheet.admin.api-token=" + API_TOKEN,
			"broadsheet.scheduler-polling-interval=200ms" };

}
