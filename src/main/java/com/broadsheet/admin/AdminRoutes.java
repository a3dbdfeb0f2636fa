package com.broadsheet.admin;

import com.broadsheet.leads.LeadLinks;
import com.broadsheet.identity.SignedInHome;
import java.util.List;

import jakarta.servlet.MultipartConfigElement;

import com.broadsheet.content.MediaLibrary;
import com.broadsheet.identity.BearerTokens;
import com.broadsheet.identity.ProtectedRoutes;
import com.broadsheet.identity.ProtectedRoutes.Route;
import com.broadsheet.ratelimit.RateLimitProperties;
import com.broadsheet.ratelimit.RateLimitRule;
import com.broadsheet.ratelimit.RateLimits;
import com.broadsheet.web.UploadRoute;
import com.broadsheet.web.WebProperties;

import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * What the rest of the application needs to know about the admin's routes: who may use
 * them (people signed in for {@code /admin}, API tokens for the Admin API, admins alone
 * for accounts, tokens and the operations page), how often (the Admin API per token), and
 * which accept an image upload.
 */
@Configuration(proxyBeanMethods = false)
class AdminRoutes {

	static final String UI = "/admin";

	static final String API = "/api/v1/admin";

	static final String COVER_UPLOAD = UI + "/articles/{id}/cover";

	@Bean
	ProtectedRoutes signInAndTokenRoutes() {
		return new ProtectedRoutes(List.of(Route.any(API + "/**")), List.of(Route.any(UI + "/**")),
				List.of(Route.any(UI + "/users/**"), Route.any(UI + "/tokens/**"), Route.any(UI + "/system"),
						Route.any(UI + "/system/**")));
	}

	/**
	 * Per token as the token filter reads it (however the header is spelled), per address
	 * for requests without one.
	 */
	@Bean
	RateLimitRule adminApiLimit(RateLimitProperties limits) {
		return (request, path) -> {
			if (!path.startsWith(API + "/")) {
				return null;
			}
			String token = BearerTokens.of(request);
			String client = token != null ? "token:" + RateLimits.hash(token) : "address:" + request.getRemoteAddr();
			return new RateLimitRule.Match("admin-api", client, limits.adminApi());
		};
	}

	@Bean
	SignedInHome signedInHome() {
		return new SignedInHome(UI);
	}

	/** The sales e-mail links to the lead's page here. */
	@Bean
	LeadLinks leadPages() {
		return id -> UI + "/leads/" + id;
	}

	@Bean
	UploadRoute coverUpload(MediaLibrary media) {
		return UploadRoute.of(COVER_UPLOAD, media.maxSize());
	}

	/**
	 * The multipart parser takes the same limit as the body-size filter: the image plus
	 * the usual body limit for the rest of the form. A file just over the image limit is
	 * therefore parsed and refused by the media library, which says so beside the field
	 * in the admin, instead of by the parser, whose refusal can only be an error page.
	 */
	@Bean
	MultipartConfigElement multipartConfig(MediaLibrary media, WebProperties web) {
		MultipartConfigFactory factory = new MultipartConfigFactory();
		factory.setMaxFileSize(DataSize.ofBytes(media.maxSize().toBytes() + web.maxBodySize().toBytes()));
		factory.setMaxRequestSize(DataSize.ofBytes(media.maxSize().toBytes() + web.maxBodySize().toBytes()));
		return factory.createMultipartConfig();
	}

}
