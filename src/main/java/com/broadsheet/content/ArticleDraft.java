package com.broadsheet.content;

import com.broadsheet.web.PlainText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an editor submits for a new or revised article.
 *
 * @param slug optional; derived from the title when blank
 * @param category slug of an existing category
 * @param author slug of an existing author
 * @param tags tag slugs or names; unknown ones are created
 */
public record ArticleDraft(
		@PlainText @NotBlank(message = "is required") @Size(max = 200,
				message = "must be at most 200 characters") String title,
		@PlainText @Size(max = 80, message = "must be at most 80 characters") String slug,
		@PlainText @NotBlank(message = "is required") @Size(max = 500,
				message = "must be at most 500 characters") String summary,
		@PlainText @NotBlank(message = "is required") @Size(max = 60000,
				message = "must be at most 60,000 characters") String bodyMarkdown,
		@PlainText @NotBlank(message = "is required") String category,
		@PlainText @NotBlank(message = "is required") String author,
		@NotNull(message = "must be a list (may be empty)") @Size(max = 12,
				message = "must be at most 12") List<@NotBlank(message = "must not be blank") @Size(max = 40,
						message = "must be at most 40 characters") String> tags) {

	public ArticleDraft {
		// Not List.copyOf: a null element must reach validation, not throw here.
		tags = tags == null ? null : Collections.unmodifiableList(new ArrayList<>(tags));
	}

}
