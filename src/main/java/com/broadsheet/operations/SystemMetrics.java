package com.broadsheet.operations;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The figures of the operations page: this instance's samples of the last ten minutes,
 * and the latest sample of every instance of the cluster.
 */
public class SystemMetrics {

	private static final int HISTORY = 120;

	private final InstanceSampler sampler;

	private final ClusterBoard board;

	private final String instance;

	private final Duration interval;

	private final Deque<SystemSample> history = new ArrayDeque<>();

	SystemMetrics(InstanceSampler sampler, ClusterBoard board, String instance, Duration interval) {
		this.sampler = sampler;
		this.board = board;
		this.instance = instance;
		this.interval = interval;
	}

	/** This instance's samples, oldest first (at most ten minutes). */
	public synchronized List<SystemSample> history() {
		return List.copyOf(history);
	}

	public String instance() {
		return instance;
	}

	public Duration interval() {
		return interval;
	}

	/**
	 * The latest sample of every instance that published one recently, this one first;
	 * just this instance without Redis or while Redis is unreachable.
	 */
	public List<SystemSample> cluster() {
		List<SystemSample> latest = new ArrayList<>();
		SystemSample own = latest();
		if (own != null) {
			latest.add(own);
		}
		latest.addAll(board.others(instance));
		return latest;
	}

	private synchronized SystemSample latest() {
		return history.peekLast();
	}

	/** Takes a sample now (called every interval). */
	void sample() {
		SystemSample sample = sampler.next();
		if (sample == null) {
			return;
		}
		synchronized (this) {
			history.addLast(sample);
			while (history.size() > HISTORY) {
				history.removeFirst();
			}
		}
		board.publish(sample);
	}

}
