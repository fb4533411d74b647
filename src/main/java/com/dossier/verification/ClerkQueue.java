package com.dossier.verification;

import com.dossier.shared.KeysetPage;
import com.dossier.shared.KeysetRequest;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open applications of all enterprises, oldest first, for the clerks. The workbench
 * and the API page by keyset (首页 上一页 下一页 末页 from cursors, one row more than shown to know
 * whether there is more), never counting the whole queue and never skipping rows by
 * offset.
 */
@Service
public class ClerkQueue {

	private final QueueRepository queue;

	ClerkQueue(QueueRepository queue) {
		this.queue = queue;
	}

	/**
	 * A page of {@code size} rows where {@code request} asks (see {@link KeysetPage#of}).
	 */
	@Transactional(readOnly = true)
	public KeysetPage<QueueEntry> slice(QueueFilter filter, KeysetRequest request, int size) {
		if (filter.status() != null && !filter.status().open()) {
			return KeysetPage.empty();
		}
		return KeysetPage
			.of((cursor, forward, limit) -> queue.slice(filter, cursor, forward, limit), QueueRepository.Row::cursor,
					request, size)
			.map(QueueRepository.Row::entry);
	}

}
