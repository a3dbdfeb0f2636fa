package com.broadsheet.leads;

import com.broadsheet.web.PlainText;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a visitor sends. Field names are the form field and JSON property names.
 *
 * @param company optional
 * @param article slug of the article the form sat under; optional
 */
public record LeadSubmission(
		@PlainText(message = "Please use letters, not control characters.") @NotBlank(
				message = "Please tell us your name.") @Size(max = 120,
						message = "Please keep your name under 120 characters.") String name,
		@PlainText(message = "This does not look like an e-mail address.") @NotBlank(
				message = "Please give an e-mail address we can reply to.") @Email(
						message = "This does not look like an e-mail address.") @Size(max = 254,
								message = "Please keep the e-mail address under 254 characters.") String email,
		@PlainText(message = "Please use letters, not control characters.") @Size(max = 120,
				message = "Please keep the company name under 120 characters.") String company,
		@PlainText(message = "Please use letters, not control characters.") @NotBlank(
				message = "Please write a short message.") @Size(max = 5000,
						message = "Please keep the message under 5,000 characters.") String message,
		@NotNull(message = "Please agree to being contacted about your enquiry.") @AssertTrue(
				message = "Please agree to being contacted about your enquiry.") Boolean consent,
		@Size(max = 80, message = "Unknown article.") String article) {

	/** An empty form. */
	public static LeadSubmission blank() {
		return new LeadSubmission("", "", "", "", false, null);
	}

}
