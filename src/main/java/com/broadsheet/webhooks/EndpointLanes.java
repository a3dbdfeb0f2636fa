package com.broadsheet.webhooks;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The attempts running on this instance, counted per endpoint. Each runs on a virtual
 * thread of its own and nobody waits for it, so a slow or dead receiver occupies only its
 * own lane: at most {@link #PER_ENDPOINT} attempts at once per endpoint, and
 * {@link #MAX_IN_FLIGHT} in all. Only deliveries that fit are claimed, so nothing claimed
 * ever waits for a lane while its lease runs out.
 */
final class EndpointLanes {

	/** Attempts one endpoint may have running on one instance. */
	static final int PER_ENDPOINT = 4;

	/** Attempts (and so connections) one instance may have running in all. */
	static final int MAX_IN_FLIGHT = 256;

	private final ExecutorService threads = Executors
		.newThreadPerTaskExecutor(Thread.ofVirtual().name("webhook-attempt-", 0).factory());

	private final ReentrantLock lock = new ReentrantLock();

	private final Condition idle = lock.newCondition();

	private final Map<Long, Integer> running = new HashMap<>();

	private int total;

	/** Endpoint id to the number of its attempts running now. */
	Map<Long, Integer> running() {
		lock.lock();
		try {
			return Map.copyOf(running);
		}
		finally {
			lock.unlock();
		}
	}

	/** How many more attempts may start now. */
	int room() {
		lock.lock();
		try {
			return MAX_IN_FLIGHT - total;
		}
		finally {
			lock.unlock();
		}
	}

	/** Runs the attempt on its own thread; {@code then} runs after it, on that thread. */
	void start(long endpointId, Runnable attempt, Runnable then) {
		change(endpointId, 1);
		threads.execute(() -> {
			try {
				attempt.run();
			}
			finally {
				change(endpointId, -1);
				then.run();
			}
		});
	}

	/**
	 * Waits until no attempt runs, at most {@code limit}.
	 * @return whether all attempts have finished
	 */
	boolean awaitIdle(Duration limit) throws InterruptedException {
		long left = limit.toNanos();
		lock.lock();
		try {
			while (total > 0) {
				if (left <= 0) {
					return false;
				}
				left = idle.awaitNanos(left);
			}
			return true;
		}
		finally {
			lock.unlock();
		}
	}

	private void change(long endpointId, int delta) {
		lock.lock();
		try {
			running.merge(endpointId, delta, (now, change) -> now + change == 0 ? null : now + change);
			total += delta;
			if (total == 0) {
				idle.signalAll();
			}
		}
		finally {
			lock.unlock();
		}
	}

}
