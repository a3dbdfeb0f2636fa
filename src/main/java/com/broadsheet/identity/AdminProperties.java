package com.broadsheet.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first admin account, created on the first start of an empty database.
 *
 * @param email its sign-in e-mail
 * @param password its password; when unset a random one is generated and logged once
 * @param apiToken an Admin API token (starting {@code bs_}) for provisioning scripts and
 * CI; stored hashed, created if missing on every start
 */
@ConfigurationProperties("broadsheet.admin")
public record AdminProperties(@DefaultValue("admin@broadsheet.local") String email, String password, String apiToken) {
}
