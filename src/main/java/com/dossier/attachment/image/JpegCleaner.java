package com.dossier.attachment.image;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.dossier.attachment.inspection.AttachmentRefusedException;
import com.dossier.attachment.inspection.Notice;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.jfif.JfifDirectory;

/**
 * Rewrites an accepted JPEG's segment list so that what is stored and served holds image
 * data only, losslessly (the entropy-coded data is copied, never re-encoded). Kept: the
 * codec's own segments (frame, Huffman and quantisation tables, restart interval, scans),
 * the ICC profile (colours) and Adobe's APP14 (it says whether four components are CMYK
 * or YCCK); a JFIF APP0 rebuilt from its version and density without thumbnail; an EXIF
 * APP1 rebuilt with only X/YResolution, ResolutionUnit and Orientation (a phone photo
 * stays upright). Dropped: comments, every other APPn (XMP, maker notes, thumbnails,
 * Photoshop, MPF), unknown markers and anything after EOI.
 */
final class JpegCleaner {

	private static final int APP0 = 0xE0;

	private static final int APP1 = 0xE1;

	private static final int APP2 = 0xE2;

	private static final int APP14 = 0xEE;

	private static final byte[] ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ADOBE = "Adobe".getBytes(StandardCharsets.US_ASCII);

	/**
	 * Identifier, version, flags0, flags1, transform: the part of APP14 that decoders
	 * read.
	 */
	private static final int ADOBE_LENGTH = 12;

	private JpegCleaner() {
	}

	/**
	 * The cleaned file, or an {@code image.corrupt} refusal for one that is not
	 * structurally whole. JFIF and EXIF are rebuilt from the values the inspector reads
	 * (the same reader on the same bytes), so the resolution it finds in the cleaned file
	 * is the one it found in the upload.
	 */
	static byte[] clean(byte[] jpeg) {
		JpegStructure.Walk walk = JpegStructure.walk(jpeg);
		Metadata metadata = walk.whole() ? ImageInspector.metadata(jpeg) : null;
		if (metadata == null) {
			throw new AttachmentRefusedException(Notice.of("image.corrupt", Math.max(0, walk.defect())));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream(jpeg.length);
		out.write(0xFF);
		out.write(0xD8);
		write(out, APP0, JpegMetadataSegments.jfif(metadata.getFirstDirectoryOfType(JfifDirectory.class)));
		write(out, APP1, JpegMetadataSegments.exif(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)));
		boolean adobe = false;
		for (JpegStructure.Segment s : walk.segments()) {
			if (codec(s.marker())) {
				out.write(jpeg, s.start(), s.end() - s.start());
			}
			else if (s.marker() == APP2 && startsWith(jpeg, s, ICC)) {
				out.write(jpeg, s.start(), s.end() - s.start());
			}
			else if (s.marker() == APP14 && !adobe && startsWith(jpeg, s, ADOBE)
					&& s.end() - s.payloadStart() >= ADOBE_LENGTH) {
				adobe = true;
				byte[] payload = new byte[ADOBE_LENGTH];
				System.arraycopy(jpeg, s.payloadStart(), payload, 0, ADOBE_LENGTH);
				write(out, APP14, payload);
			}
		}
		return out.toByteArray();
	}

	/**
	 * Frames, tables, scans, restarts and EOI: what a decoder needs to paint the pixels.
	 */
	private static boolean codec(int marker) {
		return (marker >= 0xC0 && marker <= 0xCF) // SOFn, DHT (C4), DAC (CC)
				|| (marker >= 0xD0 && marker <= 0xD7) || marker == 0x01 // RSTn, TEM
				|| (marker >= 0xD9 && marker <= 0xDF); // EOI, SOS, DQT, DNL, DRI, DHP,
														// EXP
	}

	private static void write(ByteArrayOutputStream out, int marker, byte[] payload) {
		if (payload == null) {
			return;
		}
		int length = payload.length + 2;
		out.write(0xFF);
		out.write(marker);
		out.write(length >> 8);
		out.write(length);
		out.writeBytes(payload);
	}

	private static boolean startsWith(byte[] jpeg, JpegStructure.Segment s, byte[] prefix) {
		if (s.end() - s.payloadStart() < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (jpeg[s.payloadStart() + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
