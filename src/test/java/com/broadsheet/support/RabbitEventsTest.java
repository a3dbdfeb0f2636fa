package com.broadsheet.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * Like {@link BroadsheetTest}, plus the event backbone's real peers: SMTP, webhook
 * receivers on loopback, fast retries, the {@link ProbeConsumer}, and the RabbitMQ
 * transport through a {@link TcpProxy}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "broadsheet.admin.email=" + BroadsheetTest.ADMIN_EMAIL,
				"broadsheet.admin.password=" + BroadsheetTest.ADMIN_PASSWORD,
				"broadsheet.admin.api-token=" + BroadsheetTest.API_TOKEN, "broadsheet.demo-content=false" })
@ContextConfiguration(initializers = { FreshDatabase.class, MessagingEnvironment.Rabbit.class })
@Import(ProbeConsumer.class)
public @interface RabbitEventsTest {

}
