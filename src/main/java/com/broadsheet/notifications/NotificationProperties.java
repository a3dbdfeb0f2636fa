package com.broadsheet.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lead e-mails, sent through the standard {@code spring.mail.*} SMTP settings.
 *
 * @param salesEmail who receives every new lead; no notification is sent when unset
 * @param from the sender of every message
 * @param autoReply whether the lead gets an automatic acknowledgement
 */
@ConfigurationProperties("broadsheet.notifications")
public record NotificationProperties(String salesEmail,
		@DefaultValue("Broadsheet <no-reply@broadsheet.local>") String from, @DefaultValue("false") boolean autoReply) {
}
