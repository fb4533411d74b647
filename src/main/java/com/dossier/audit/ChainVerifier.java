package com.dossier.audit;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.dossier.audit.ChainCheck.Broken;
import com.dossier.audit.ChainCheck.Reason;
import com.dossier.audit.ChainRepository.Head;
import com.dossier.audit.ChainRepository.Table;

import org.springframework.stereotype.Component;

/**
 * Walks the whole chain, the archive then the live table, a page at a time by position
 * (constant memory, however long the log), recomputing every hash from the stored content
 * and the previous hash, and checks it against the head and the anchors. Entries appended
 * while it walks are walked too; nothing here locks or writes.
 */
@Component
class ChainVerifier {

	static final int PAGE = 1000;

	private final ChainRepository chain;

	private final AnchorFile anchors;

	private final Clock clock;

	ChainVerifier(ChainRepository chain, AnchorFile anchors, Clock clock) {
		this.chain = chain;
		this.anchors = anchors;
		this.clock = clock;
	}

	ChainCheck verify() {
		Walk walk = new Walk(anchors.read());
		Broken broken = walk.table(Table.ARCHIVE);
		if (broken == null) {
			broken = walk.table(Table.LIVE);
		}
		Head head = chain.head();
		// entries committed while we walked: walk on until the head is reached
		while (broken == null && head.position() > walk.position) {
			long before = walk.position;
			broken = walk.table(Table.LIVE);
			if (broken == null && walk.position == before) {
				broken = new Broken(null, head.at(), head.position(), Reason.HEAD);
			}
			head = chain.head();
		}
		if (broken == null && walk.position > head.position()) {
			broken = Broken.at(chain.after(Table.LIVE, head.position(), 1).get(0), Reason.BEYOND_HEAD);
		}
		if (broken == null && !head.hash().equals(walk.previous)) {
			broken = new Broken(null, head.at(), head.position(), Reason.HEAD);
		}
		if (broken == null) {
			broken = walk.anchorsPastTheEnd();
		}
		if (broken == null) {
			broken = unsealed(Table.ARCHIVE).or(() -> unsealed(Table.LIVE)).orElse(null);
		}
		return new ChainCheck(broken == null, walk.checked, broken, head.position(), clock.instant());
	}

	private Optional<Broken> unsealed(Table table) {
		return chain.firstUnsealed(table).map(e -> Broken.at(e, Reason.UNSEALED));
	}

	/** Where the walk is: the last position and hash found intact, the next anchor. */
	private final class Walk {

		private final List<AnchorFile.Anchor> anchors;

		private int nextAnchor;

		private long position;

		private String previous = ChainHash.GENESIS;

		private long checked;

		/** The keyset of the table walked, which may be behind position (see table). */
		private long cursor;

		private Table current;

		Walk(List<AnchorFile.Anchor> anchors) {
			this.anchors = anchors;
		}

		/**
		 * Walks {@code table} on from where the walk is; the first break, or null. A
		 * table is read from its lowest position, not from the walk's: a row at a
		 * position the archive already holds, or below 1, is a break, never skipped.
		 */
		Broken table(Table table) {
			if (table != current) {
				current = table;
				cursor = Long.MIN_VALUE;
			}
			while (true) {
				List<ChainEntry> page = chain.after(table, cursor, PAGE);
				for (ChainEntry e : page) {
					Broken broken = check(e);
					if (broken != null) {
						return broken;
					}
					cursor = e.position();
				}
				if (page.size() < PAGE) {
					return null;
				}
			}
		}

		private Broken check(ChainEntry e) {
			if (e.position() != position + 1) {
				return Broken.at(e, Reason.SEQUENCE);
			}
			if (!ChainHash.of(e, e.position(), previous).equals(e.hash())) {
				return Broken.at(e, Reason.HASH);
			}
			while (nextAnchor < anchors.size() && anchors.get(nextAnchor).position() <= e.position()) {
				AnchorFile.Anchor anchor = anchors.get(nextAnchor++);
				if (anchor.position() == e.position() && !anchor.hash().equals(e.hash())) {
					return Broken.at(e, Reason.ANCHOR);
				}
			}
			position = e.position();
			previous = e.hash();
			checked++;
			return null;
		}

		Broken anchorsPastTheEnd() {
			while (nextAnchor < anchors.size()) {
				AnchorFile.Anchor anchor = anchors.get(nextAnchor++);
				if (anchor.position() > position) {
					return new Broken(null, anchor.at(), anchor.position(), Reason.ANCHOR);
				}
			}
			return null;
		}

	}

}
