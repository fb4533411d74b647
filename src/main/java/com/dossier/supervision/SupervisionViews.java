package com.dossier.supervision;

import java.util.List;

/** The typed view models of the 动态监管提示 and 自检 pages (public for the templates). */
public final class SupervisionViews {

	private SupervisionViews() {
	}

	/** One line of either page: severity (tips) or status (self-check), text and link. */
	public record Line(String code, String mark, String section, String message, String link) {
	}

	public record TipsPage(List<Line> tips) {

		public long count(String severity) {
			return tips.stream().filter(t -> t.mark().equals(severity)).count();
		}

	}

	/**
	 * @param cases the cases the enterprise can check, {@code selected} among them
	 */
	public record SelfCheckPage(String selected, List<String> cases, boolean ready, List<Line> items) {

		public long count(String status) {
			return items.stream().filter(t -> t.mark().equals(status)).count();
		}

	}

}
