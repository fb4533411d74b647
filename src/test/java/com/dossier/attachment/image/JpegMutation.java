package com.dossier.attachment.image;

import java.util.Arrays;
import java.util.List;

import com.dossier.support.FuzzRandom;

import static com.dossier.support.FuzzRandom.weight;

/**
 * One change an attacker (or a broken scanner) makes to a real JPEG: byte flips and
 * interesting bytes, truncation, splices, repeated, dropped or inserted segments, segment
 * lengths off by a little, and frame-header (SOF) and JFIF (APP0) fields set to edge
 * values. Positions are taken modulo the current length, segments by index modulo the
 * current segment count, so every mutation applies to every file. A record, so that a
 * failure names it.
 */
sealed interface JpegMutation {

	byte[] apply(byte[] jpeg);

	/**
	 * Values that mean something in a JPEG: marker bytes, zero, and the extremes of a
	 * byte.
	 */
	int[] INTERESTING = { 0x00, 0x01, 0x02, 0x7F, 0x80, 0xFE, 0xFF, 0xC0, 0xC2, 0xC4, 0xD8, 0xD9, 0xDA, 0xDB, 0xDD,
			0xE0, 0xE1, 0xE2, 0xEE };

	/** Edge values of 16-bit SOF and APP0 fields. */
	int[] SIZES = { 0, 1, 2, 8, 15, 16, 17, 255, 256, 1287, 1288, 1819, 1820, 6300, 32767, 32768, 65535 };

	record Flip(int position, int mask) implements JpegMutation {

		public byte[] apply(byte[] b) {
			byte[] copy = b.clone();
			if (copy.length > 0) {
				copy[position % copy.length] ^= (byte) mask;
			}
			return copy;
		}
	}

	record Set(int position, int value) implements JpegMutation {

		public byte[] apply(byte[] b) {
			byte[] copy = b.clone();
			if (copy.length > 0) {
				copy[position % copy.length] = (byte) value;
			}
			return copy;
		}
	}

	record Truncate(int keep) implements JpegMutation {

		public byte[] apply(byte[] b) {
			return Arrays.copyOf(b, b.length == 0 ? 0 : keep % b.length);
		}
	}

	/**
	 * Copies {@code length} bytes from {@code from} over or into the file at {@code to}.
	 */
	record Splice(int from, int length, int to, boolean insert) implements JpegMutation {

		public byte[] apply(byte[] b) {
			if (b.length == 0) {
				return b;
			}
			int start = from % b.length;
			byte[] chunk = Arrays.copyOfRange(b, start, Math.min(b.length, start + length));
			int at = to % b.length;
			if (insert) {
				return concat(concat(Arrays.copyOf(b, at), chunk), Arrays.copyOfRange(b, at, b.length));
			}
			byte[] copy = b.clone();
			System.arraycopy(chunk, 0, copy, at, Math.min(chunk.length, copy.length - at));
			return copy;
		}
	}

	record RepeatSegment(int index, int times) implements JpegMutation {

		public byte[] apply(byte[] b) {
			List<JpegStructure.Segment> segments = JpegStructure.walk(b).segments();
			if (segments.isEmpty()) {
				return b;
			}
			JpegStructure.Segment s = segments.get(index % segments.size());
			byte[] segment = Arrays.copyOfRange(b, s.start(), s.end());
			byte[] out = Arrays.copyOf(b, s.end());
			for (int i = 0; i < times; i++) {
				out = concat(out, segment);
			}
			return concat(out, Arrays.copyOfRange(b, s.end(), b.length));
		}
	}

	record DropSegment(int index) implements JpegMutation {

		public byte[] apply(byte[] b) {
			List<JpegStructure.Segment> segments = JpegStructure.walk(b).segments();
			if (segments.isEmpty()) {
				return b;
			}
			JpegStructure.Segment s = segments.get(index % segments.size());
			return concat(Arrays.copyOf(b, s.start()), Arrays.copyOfRange(b, s.end(), b.length));
		}
	}

	/**
	 * A new segment after SOI: a marker of any kind with a payload of a repeated byte.
	 */
	record InsertSegment(int marker, int length, int fill) implements JpegMutation {

		public byte[] apply(byte[] b) {
			if (b.length < 2) {
				return b;
			}
			byte[] payload = new byte[length];
			Arrays.fill(payload, (byte) fill);
			int total = length + 2;
			byte[] segment = concat(new byte[] { (byte) 0xFF, (byte) marker, (byte) (total >> 8), (byte) total },
					payload);
			return concat(concat(Arrays.copyOf(b, 2), segment), Arrays.copyOfRange(b, 2, b.length));
		}
	}

	/**
	 * A segment's length field moved by a little: the walk must not read outside the file
	 * or loop.
	 */
	record Length(int index, int delta) implements JpegMutation {

		public byte[] apply(byte[] b) {
			List<JpegStructure.Segment> segments = JpegStructure.walk(b).segments();
			List<JpegStructure.Segment> sized = segments.stream().filter(s -> s.end() - s.start() >= 4).toList();
			if (sized.isEmpty()) {
				return b;
			}
			JpegStructure.Segment s = sized.get(index % sized.size());
			int length = (((b[s.start() + 2] & 0xFF) << 8) | (b[s.start() + 3] & 0xFF)) + delta;
			byte[] copy = b.clone();
			copy[s.start() + 2] = (byte) (length >> 8);
			copy[s.start() + 3] = (byte) length;
			return copy;
		}
	}

	/**
	 * A 16-bit field at {@code offset} into the payload of the first segment with that
	 * marker set to {@code value}: SOF height (1) and width (3), JFIF density (8, 10) and
	 * thumbnail size (12), DRI's interval (0).
	 */
	record Field(int marker, int offset, int value, boolean wide) implements JpegMutation {

		public byte[] apply(byte[] b) {
			for (JpegStructure.Segment s : JpegStructure.walk(b).segments()) {
				int at = s.payloadStart() + offset;
				if (s.marker() == marker && at + (wide ? 2 : 1) <= b.length) {
					byte[] copy = b.clone();
					if (wide) {
						copy[at] = (byte) (value >> 8);
						copy[at + 1] = (byte) value;
					}
					else {
						copy[at] = (byte) value;
					}
					return copy;
				}
			}
			return b;
		}
	}

	record Append(int length, int fill) implements JpegMutation {

		public byte[] apply(byte[] b) {
			byte[] tail = new byte[length];
			Arrays.fill(tail, (byte) fill);
			return concat(b, tail);
		}
	}

	/**
	 * One mutation, of a kind chosen with the weights below, its numbers drawn from
	 * {@code r}.
	 */
	static JpegMutation any(FuzzRandom r) {
		return r.frequencyOf(weight(4, () -> new Flip(position(r), r.between(1, 255))),
				weight(3, () -> new Set(position(r), r.pick(INTERESTING))), weight(2, () -> new Truncate(position(r))),
				weight(2, () -> new Splice(position(r), r.between(1, 512), position(r), r.bool())),
				weight(2, () -> new RepeatSegment(index(r), r.between(1, 40))),
				weight(2, () -> new DropSegment(index(r))),
				weight(2, () -> new InsertSegment(marker(r), r.between(0, 2048), r.between(0, 255))),
				weight(2, () -> new Length(index(r), r.between(-8, 8))), weight(4, () -> field(r)),
				weight(1, () -> new Append(r.between(1, 4096), r.between(0, 255))));
	}

	/**
	 * SOF height and width, SOF precision and component bytes, JFIF units and thumbnail,
	 * density, DRI.
	 */
	private static Field field(FuzzRandom r) {
		return r.oneOf(() -> new Field(r.pick(0xC0, 0xC2), r.pick(1, 3), r.pick(SIZES), true),
				() -> new Field(r.pick(0xC0, 0xC2), r.pick(0, 5, 6, 7, 8, 9), r.between(0, 255), false),
				() -> new Field(0xE0, r.pick(7, 12, 13), r.between(0, 255), false),
				() -> new Field(0xE0, r.pick(8, 10), r.pick(SIZES), true),
				() -> new Field(0xDD, 0, r.pick(SIZES), true));
	}

	private static int position(FuzzRandom r) {
		return r.between(0, 1 << 16);
	}

	private static int index(FuzzRandom r) {
		return r.between(0, 64);
	}

	private static int marker(FuzzRandom r) {
		return r.bool() ? r.pick(INTERESTING) : r.between(0xC0, 0xFE);
	}

	private static byte[] concat(byte[] a, byte[] b) {
		byte[] out = Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, out, a.length, b.length);
		return out;
	}

}
