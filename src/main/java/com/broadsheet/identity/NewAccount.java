package com.broadsheet.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * @param authorSlug the author profile an AUTHOR writes as; optional for other roles
 */
public record NewAccount(@NotBlank(message = "is required") @Email(message = "must be an e-mail address") String email,
		@NotBlank(message = "is required") @Size(max = 80,
				message = "must be at most 80 characters") String displayName,
		@NotNull(message = "is required") @Size(min = 12, max = 200,
				message = "must be 12 to 200 characters") String password,
		@NotNull(message = "is required") Role role, String authorSlug) {
}
