package com.broadsheet.platform;

import org.apache.catalina.connector.Connector;
import com.broadsheet.support.BroadsheetTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page leaves in one socket write: the connector's write buffer holds a whole article
 * (the speed-up itself is measured in bench/pages.sh), the connection limit bounds what
 * those buffers cost, and a busy connection is not closed every 100 requests.
 */
@BroadsheetTest
class WebServerTuningTests {

	@Autowired
	WebServerApplicationContext context;

	@Value("${server.tomcat.max-connections}")
	int maxConnections;

	@Value("${server.tomcat.max-keep-alive-requests}")
	int maxKeepAliveRequests;

	@Test
	void theSocketWriteBufferHoldsAWholePageAndConnectionsAreBounded() {
		Connector connector = ((TomcatWebServer) context.getWebServer()).getTomcat().getConnector();
		assertThat(connector.getProperty("socket.appWriteBufSize")).hasToString(Integer.toString(32 * 1024));
		// As configured in application.yml (the figures are explained there).
		assertThat(connector.getProperty("maxConnections")).hasToString(Integer.toString(maxConnections));
		assertThat(connector.getProperty("maxKeepAliveRequests")).hasToString(Integer.toString(maxKeepAliveRequests));
		assertThat(maxKeepAliveRequests).as("not Tomcat's 100").isGreaterThan(100);
	}

}
