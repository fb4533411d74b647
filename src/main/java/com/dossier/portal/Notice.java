package com.dossier.portal;

import java.time.Instant;

/**
 * A notice an administrator publishes on the portal home, under one of its three columns.
 */
public record Notice(long id, Category category, String title, String body, Instant publishedAt, String author,
		int version) {

	/** 通知公告, 热点关注, 审批公示公告. */
	public enum Category {

		NOTICE, HOT, APPROVAL

	}
}
