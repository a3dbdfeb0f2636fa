package com.broadsheet.platform;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Tomcat's per-connection socket write buffer, sized for a whole page. Tomcat writes a
 * response to the socket in pieces no larger than this buffer (8 KB by default), so a 20
 * KB article served from memory took three writes, and three wake-ups of the reader on
 * the other end; with {@code broadsheet.http.socket-write-buffer} (32 KB) above the size
 * of a page, headers and body leave in one write. Measured in {@code bench/pages.sh} (see
 * {@code bench/README.md}). The buffer lives as long as its connection, which is why
 * {@code server.tomcat.max-connections} is lowered to match in application.yml.
 */
@Configuration(proxyBeanMethods = false)
class WebServerTuning {

	@Bean
	TomcatConnectorCustomizer socketWriteBuffer(PlatformProperties properties) {
		long bytes = properties.http().socketWriteBuffer().toBytes();
		return connector -> connector.setProperty("socket.appWriteBufSize", Long.toString(bytes));
	}

}
