package com.broadsheet.support;

import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;

/**
 * A real SMTP server (GreenMail) in the test JVM, reached through a {@link TcpProxy} so a
 * test can take "the mail server" down and bring it back.
 */
public final class TestMail {

	private static GreenMail server;

	private static TcpProxy proxy;

	private TestMail() {
	}

	public static synchronized void start() {
		if (server == null) {
			server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
			server.start();
			proxy = new TcpProxy(server.getSmtp().getPort());
		}
	}

	/** The port applications should send to (the proxy's). */
	public static int port() {
		start();
		return proxy.port();
	}

	public static TcpProxy proxy() {
		start();
		return proxy;
	}

	/** Every message received so far whose recipients include the address. */
	public static List<MimeMessage> to(String address) {
		start();
		return Arrays.stream(server.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().contains(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	public static String body(MimeMessage message) {
		try {
			return message.getContent().toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
