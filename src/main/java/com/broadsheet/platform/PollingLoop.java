package com.broadsheet.platform;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * A background worker that runs a unit of work again and again: at once while there is
 * more to do, otherwise after a pause or as soon as someone calls {@link #wakeUp()}. It
 * runs on its own virtual thread between context start and stop, so background work never
 * holds a request thread.
 */
public final class PollingLoop implements SmartLifecycle {

	/** One round of work. */
	@FunctionalInterface
	public interface Work {

		/**
		 * @return how long to wait before the next round; {@link Duration#ZERO} to go
		 * again at once
		 */
		Duration run() throws Exception;

	}

	private static final Logger log = LoggerFactory.getLogger(PollingLoop.class);

	private final String name;

	private final Work work;

	private final Duration afterFailure;

	private final Semaphore signal = new Semaphore(0);

	private volatile Thread thread;

	private volatile boolean running;

	public PollingLoop(String name, Work work, Duration afterFailure) {
		this.name = name;
		this.work = work;
		this.afterFailure = afterFailure;
	}

	/** Starts the next round now instead of after the pause. */
	public void wakeUp() {
		signal.release();
	}

	@Override
	public void start() {
		running = true;
		thread = Thread.ofVirtual().name(name).start(this::loop);
	}

	@Override
	public void stop() {
		running = false;
		Thread current = thread;
		if (current != null) {
			signal.release();
			try {
				current.join(Duration.ofSeconds(10));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		thread = null;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	private void loop() {
		while (running) {
			Duration pause;
			try {
				pause = work.run();
			}
			catch (Exception ex) {
				log.warn("{} failed, retrying in {}: {}", name, afterFailure, ex.toString());
				pause = afterFailure;
			}
			if (!pause.isZero()) {
				try {
					signal.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS);
					signal.drainPermits();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

}
