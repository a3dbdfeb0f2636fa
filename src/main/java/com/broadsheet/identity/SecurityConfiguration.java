package com.broadsheet.identity;

import java.util.Map;

import com.broadsheet.platform.Problems;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The security rules of every URL, as four filter chains tried in order:
 * <ol>
 * <li>Admin API ({@code /api/v1/admin/**}, reading a lead): bearer API tokens, no
 * session, no CSRF (no ambient credentials to forge).</li>
 * <li>Public API ({@code /api/**}): open, stateless.</li>
 * <li>Admin UI ({@code /admin/**}, sign-in, sign-out): form login, session, CSRF on every
 * form.</li>
 * <li>Public site: open and stateless, so pages carry no session and can be cached.</li>
 * </ol>
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AdminProperties.class)
class SecurityConfiguration {

	/** Argon2id for new hashes; bcrypt hashes still verify if ever imported. */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder("argon2", Map.of("argon2",
				Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	@Bean
	@Order(1)
	SecurityFilterChain adminApi(HttpSecurity http, ApiTokens tokens, Problems problems) throws Exception {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		http.securityMatcher(
				new OrRequestMatcher(path.matcher("/api/v1/admin/**"), path.matcher(HttpMethod.GET, "/api/v1/leads/*")))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers.cacheControl(cache -> cache.disable())
				.addHeaderWriter(new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, "private, no-store")))
			.exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, ex) -> {
				response.setHeader("WWW-Authenticate", "Bearer");
				problems.write(request, response, Problems.problem(HttpStatus.UNAUTHORIZED,
						"Send a valid API token: Authorization: Bearer <token>."));
			})
				.accessDeniedHandler((request, response, ex) -> problems.write(request, response,
						Problems.problem(HttpStatus.FORBIDDEN, "This token may not do this."))));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain publicApi(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.disable())
			.anonymous(anonymous -> anonymous.disable())
			.headers(headers -> headers.cacheControl(cache -> cache.disable()));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain adminUi(HttpSecurity http, SignInThrottle throttle) throws Exception {
		http.securityMatcher("/admin/**", "/login", "/logout")
			.addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/login")
				.permitAll()
				.requestMatchers("/admin/users/**", "/admin/tokens/**", "/admin/system/**", "/admin/system")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			// Everything here is personal: no browser or shared cache may keep it.
			.headers(headers -> headers.cacheControl(cache -> cache.disable())
				.addHeaderWriter(new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL, "private, no-store")))
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl("/admin", false)
				.failureHandler(throttle.failureHandler())
				.permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"));
		return http.build();
	}

	@Bean
	@Order(4)
	SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// Public forms carry no ambient authority (no session, no cookies), so CSRF
			// tokens would protect nothing and would make every page uncacheable.
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.securityContext(context -> context.disable())
			.anonymous(anonymous -> anonymous.disable())
			.headers(headers -> headers.cacheControl(cache -> cache.disable()));
		return http.build();
	}

}
