package com.broadsheet.notifications;

import org.springframework.beans.factory.ObjectProvider;
import com.broadsheet.leads.LeadLinks;
import java.util.Set;

import com.broadsheet.events.Delivery;
import com.broadsheet.events.EventConsumer;
import com.broadsheet.events.PermanentFailure;
import com.broadsheet.leads.Lead;
import com.broadsheet.leads.LeadCreated;
import com.broadsheet.leads.LeadDirectory;
import com.broadsheet.leads.LeadNotFound;
import com.broadsheet.web.SiteProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The lead e-mail consumers, active when SMTP ({@code spring.mail.host}) is configured.
 * Each e-mail is its own consumer, so a failing auto-reply never resends the sales
 * notification.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
@ConditionalOnProperty("spring.mail.host")
class LeadNotificationConfiguration {

	/** A lead that does not exist will not appear by retrying. */
	static Lead lead(LeadDirectory leads, Delivery<LeadCreated> delivery) {
		LeadCreated created = delivery.event();
		try {
			return leads.get(created.leadId());
		}
		catch (LeadNotFound ex) {
			throw new PermanentFailure("Lead " + created.leadId() + " no longer exists", ex);
		}
	}

	@Bean
	LeadMails leadMails(JavaMailSender mail, NotificationProperties properties, SiteProperties site,
			ObjectProvider<LeadLinks> links) {
		// Without a module that shows leads, the mail links to the site itself.
		return new LeadMails(mail, properties, site, links.getIfAvailable(() -> id -> "/"));
	}

	/** Sales hear about every lead; a mail outage only delays it. */
	@Bean
	@ConditionalOnProperty("broadsheet.notifications.sales-email")
	EventConsumer<LeadCreated> salesNotification(LeadMails mails, LeadDirectory leads) {
		return new EventConsumer<>() {
			@Override
			public String name() {
				return "lead-sales-mail";
			}

			@Override
			public Set<Class<? extends LeadCreated>> eventTypes() {
				return Set.of(LeadCreated.class);
			}

			@Override
			public void consume(Delivery<LeadCreated> delivery) {
				mails.notifySales(lead(leads, delivery));
			}

			@Override
			public int maxAttempts() {
				return RETRY_FOREVER;
			}
		};
	}

	@Bean
	@ConditionalOnBooleanProperty("broadsheet.notifications.auto-reply")
	EventConsumer<LeadCreated> leadAutoReply(LeadMails mails, LeadDirectory leads) {
		return new EventConsumer<>() {
			@Override
			public String name() {
				return "lead-auto-reply";
			}

			@Override
			public Set<Class<? extends LeadCreated>> eventTypes() {
				return Set.of(LeadCreated.class);
			}

			@Override
			public void consume(Delivery<LeadCreated> delivery) {
				mails.acknowledge(lead(leads, delivery));
			}
		};
	}

}
