package com.dossier.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Starts several requests at the same instant (a barrier), as a double click or two
 * attackers would.
 */
final class Race {

	private Race() {
	}

	@SafeVarargs
	static <T> List<T> run(Callable<T>... contenders) {
		return run(List.of(contenders));
	}

	static <T> List<T> run(List<Callable<T>> contenders) {
		CyclicBarrier barrier = new CyclicBarrier(contenders.size());
		ExecutorService pool = Executors.newFixedThreadPool(contenders.size());
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> c : contenders) {
				futures.add(pool.submit(() -> {
					barrier.await(30, TimeUnit.SECONDS);
					return c.call();
				}));
			}
			List<T> results = new ArrayList<>();
			for (Future<T> f : futures) {
				results.add(f.get(60, TimeUnit.SECONDS));
			}
			return results;
		}
		catch (Exception e) {
			throw new IllegalStateException("a contender failed", e);
		}
		finally {
			pool.shutdownNow();
		}
	}

	static <T> List<T> times(int n, Callable<T> contender) {
		List<Callable<T>> all = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			all.add(contender);
		}
		return run(all);
	}

}
