package com.broadsheet.identity;

import org.springframework.beans.factory.ObjectProvider;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import com.broadsheet.web.Problems;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
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
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The security rules of every URL, as four filter chains tried in order:
 * <ol>
 * <li>Token APIs (the {@link ProtectedRoutes#tokenApi()} routes modules declare, such as
 * the Admin API): bearer API tokens, no session, no CSRF (no ambient credentials to
 * forge).</li>
 * <li>Public API ({@code /api/**}): open, stateless.</li>
 * <li>Signed-in pages ({@link ProtectedRoutes#signedIn()}, sign-in, sign-out): form
 * login, session, CSRF on every form.</li>
 * <li>Public site: open and stateless, so pages carry no session and can be cached.</li>
 * </ol>
 * Everything behind a sign-in is personal: no browser or shared cache may keep it.
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

	/** The one writer of {@code Cache-Control} for personal responses. */
	private static final HeaderWriter PERSONAL = new StaticHeadersWriter(HttpHeaders.CACHE_CONTROL,
			"private, no-store");

	@Bean
	@Order(1)
	SecurityFilterChain adminApi(HttpSecurity http, List<ProtectedRoutes> routes, ApiTokens tokens, Problems problems)
			throws Exception {
		http.securityMatcher(matcher(routes, ProtectedRoutes::tokenApi))
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.addFilterBefore(new ApiTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.requestCache(cache -> cache.disable())
			.headers(headers -> headers.cacheControl(cache -> cache.disable()).addHeaderWriter(PERSONAL))
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
	SecurityFilterChain adminUi(HttpSecurity http, List<ProtectedRoutes> routes, ObjectProvider<SignedInHome> home,
			SignInThrottle throttle) throws Exception {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		http.securityMatcher(new OrRequestMatcher(matcher(routes, ProtectedRoutes::signedIn), path.matcher("/login"),
				path.matcher("/logout")))
			.addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class)
			.authorizeHttpRequests(requests -> requests.requestMatchers("/login")
				.permitAll()
				.requestMatchers(matcher(routes, ProtectedRoutes::adminOnly))
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.headers(headers -> headers.cacheControl(cache -> cache.disable()).addHeaderWriter(PERSONAL))
			.formLogin(form -> form.loginPage("/login")
				.defaultSuccessUrl(home.getIfAvailable(() -> new SignedInHome("/")).path(), false)
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

	/** One matcher for the routes every module declared of one kind. */
	private static RequestMatcher matcher(List<ProtectedRoutes> contributions,
			Function<ProtectedRoutes, List<ProtectedRoutes.Route>> kind) {
		PathPatternRequestMatcher.Builder path = PathPatternRequestMatcher.withDefaults();
		List<RequestMatcher> matchers = contributions.stream()
			.flatMap(routes -> kind.apply(routes).stream())
			.<RequestMatcher>map(route -> route.method() == null ? path.matcher(route.pattern())
					: path.matcher(route.method(), route.pattern()))
			.toList();
		return matchers.isEmpty() ? request -> false : new OrRequestMatcher(matchers);
	}

}
