package com.broadsheet.content;

import com.broadsheet.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A new or revised category, tag or author.
 *
 * @param slug optional; derived from the name when blank
 * @param description category description or author bio; ignored for tags
 */
public record TermDraft(
		@PlainText @NotBlank(message = "is required") @Size(max = 80,
				message = "must be at most 80 characters") String name,
		@PlainText @Size(max = 80, message = "must be at most 80 characters") String slug,
		@PlainText @Size(max = 2000, message = "must be at most 2,000 characters") String description) {
}
