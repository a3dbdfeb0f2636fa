package com.broadsheet.platform;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The first thing that stops on shutdown. By then Spring Boot has already switched
 * readiness to refusing traffic; this waits {@code broadsheet.shutdown.drain-delay} so
 * the load balancer's health checks notice and stop sending new requests, while requests
 * already routed here are still accepted. Only then does the web server's graceful
 * shutdown begin (finish in-flight requests, bounded by
 * {@code spring.lifecycle.timeout-per-shutdown-phase}).
 */
@Component
class DrainOnShutdown implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(DrainOnShutdown.class);

	private final Duration delay;

	private volatile boolean running;

	DrainOnShutdown(PlatformProperties properties) {
		this.delay = properties.shutdown().drainDelay();
	}

	@Override
	public void start() {
		running = true;
	}

	@Override
	public void stop() {
		running = false;
		if (delay.isZero() || delay.isNegative()) {
			return;
		}
		log.info("Shutting down: readiness is DOWN; draining for {} before the web server stops", delay);
		try {
			Thread.sleep(delay);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** Stops before everything else, the web server included. */
	@Override
	public int getPhase() {
		return Integer.MAX_VALUE;
	}

}
