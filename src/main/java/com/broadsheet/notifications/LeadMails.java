package com.broadsheet.notifications;

import com.broadsheet.leads.LeadLinks;
import com.broadsheet.content.ArticlePaths;
import jakarta.mail.SendFailedException;

import com.broadsheet.events.PermanentFailure;
import com.broadsheet.leads.Lead;
import com.broadsheet.web.SiteProperties;

import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

/** Writes and sends the two lead e-mails. */
class LeadMails {

	private final JavaMailSender mail;

	private final NotificationProperties properties;

	private final SiteProperties site;

	private final LeadLinks links;

	LeadMails(JavaMailSender mail, NotificationProperties properties, SiteProperties site, LeadLinks links) {
		this.links = links;
		this.mail = mail;
		this.properties = properties;
		this.site = site;
	}

	void notifySales(Lead lead) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(properties.from());
		message.setTo(properties.salesEmail());
		message.setReplyTo(lead.email());
		message.setSubject("New lead: " + lead.name() + (lead.company() == null ? "" : " (" + lead.company() + ")"));
		message.setText("""
				%s wrote to %s.

				Name:     %s
				E-mail:   %s
				Company:  %s
				Came from: %s

				%s

				Open in the admin: %s
				""".formatted(lead.name(), site.name(), lead.name(), lead.email(),
				lead.company() == null ? "-" : lead.company(), origin(lead), lead.message(),
				site.absolute(links.pathOf(lead.id()))));
		send(message);
	}

	void acknowledge(Lead lead) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(properties.from());
		message.setTo(lead.email());
		message.setSubject("Thanks for getting in touch with " + site.name());
		message.setText("""
				Hi %s,

				thank you for your message. A senior engineer will read it and reply within one
				business day.

				%s
				""".formatted(lead.name(), site.name()));
		send(message);
	}

	private String origin(Lead lead) {
		return lead.articleSlug() == null ? lead.source().name().toLowerCase()
				: "\"" + lead.articleTitle() + "\" " + site.absolute(ArticlePaths.of(lead.articleSlug()));
	}

	/**
	 * A rejected recipient will be rejected again: that is permanent. Everything else
	 * (server down, timeouts) is worth retrying.
	 */
	private void send(SimpleMailMessage message) {
		try {
			mail.send(message);
		}
		catch (MailSendException ex) {
			boolean rejected = ex.getFailedMessages()
				.values()
				.stream()
				.anyMatch(cause -> cause instanceof SendFailedException failed && failed.getInvalidAddresses() != null
						&& failed.getInvalidAddresses().length > 0);
			if (rejected) {
				throw new PermanentFailure("Recipient rejected by the mail server", ex);
			}
			throw ex;
		}
	}

}
