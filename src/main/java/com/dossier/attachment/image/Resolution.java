package com.dossier.attachment.image;

import java.util.Optional;

import com.drew.lang.Rational;
import com.drew.metadata.Directory;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.jfif.JfifDirectory;
import com.drew.metadata.png.PngDirectory;

/**
 * The resolution a file records, in dots per inch, and where it was found. JFIF density
 * comes first (it is what the JPEG itself declares), EXIF X/YResolution next; a density
 * without a physical unit (JFIF units 0, EXIF unit 1) is an aspect ratio, not a
 * resolution.
 */
public record Resolution(double x, double y, Source source) {

	enum Source {

		JFIF, EXIF, PNG

	}

	private static final double CM_PER_INCH = 2.54;

	public int dpiX() {
		return (int) Math.round(x);
	}

	public int dpiY() {
		return (int) Math.round(y);
	}

	/**
	 * "96" when both axes agree, "96×150" when they do not: the value a message shows.
	 */
	String display() {
		return dpiX() == dpiY() ? Integer.toString(dpiX()) : dpiX() + "×" + dpiY();
	}

	public static Optional<Resolution> of(Metadata metadata) {
		return jfif(metadata.getFirstDirectoryOfType(JfifDirectory.class))
			.or(() -> exif(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class)))
			.or(() -> png(metadata));
	}

	private static Optional<Resolution> jfif(JfifDirectory jfif) {
		if (jfif == null) {
			return Optional.empty();
		}
		Integer units = jfif.getInteger(JfifDirectory.TAG_UNITS);
		Integer x = jfif.getInteger(JfifDirectory.TAG_RESX);
		Integer y = jfif.getInteger(JfifDirectory.TAG_RESY);
		if (units == null || x == null || y == null) {
			return Optional.empty();
		}
		return switch (units) {
			case 1 -> valid(x, y, Source.JFIF);
			case 2 -> valid(x * CM_PER_INCH, y * CM_PER_INCH, Source.JFIF);
			default -> Optional.empty();
		};
	}

	private static Optional<Resolution> exif(ExifIFD0Directory exif) {
		if (exif == null) {
			return Optional.empty();
		}
		Double x = rational(exif, ExifIFD0Directory.TAG_X_RESOLUTION);
		Double y = rational(exif, ExifIFD0Directory.TAG_Y_RESOLUTION);
		if (x == null) {
			return Optional.empty();
		}
		y = y == null ? x : y;
		// TIFF: ResolutionUnit defaults to 2 (inch) when absent.
		Integer unit = exif.getInteger(ExifIFD0Directory.TAG_RESOLUTION_UNIT);
		int u = unit == null ? 2 : unit;
		return switch (u) {
			case 2 -> valid(x, y, Source.EXIF);
			case 3 -> valid(x * CM_PER_INCH, y * CM_PER_INCH, Source.EXIF);
			default -> Optional.empty();
		};
	}

	private static Optional<Resolution> png(Metadata metadata) {
		for (PngDirectory png : metadata.getDirectoriesOfType(PngDirectory.class)) {
			Integer unit = png.getInteger(PngDirectory.TAG_UNIT_SPECIFIER);
			Integer x = png.getInteger(PngDirectory.TAG_PIXELS_PER_UNIT_X);
			Integer y = png.getInteger(PngDirectory.TAG_PIXELS_PER_UNIT_Y);
			if (unit != null && unit == 1 && x != null && y != null) {
				return valid(x * CM_PER_INCH / 100, y * CM_PER_INCH / 100, Source.PNG);
			}
		}
		return Optional.empty();
	}

	private static Double rational(Directory d, int tag) {
		Rational r = d.getRational(tag);
		return r == null || r.getDenominator() == 0 ? null : r.doubleValue();
	}

	private static Optional<Resolution> valid(double x, double y, Source source) {
		boolean plausible = x >= 1 && y >= 1 && x <= 100_000 && y <= 100_000;
		return plausible ? Optional.of(new Resolution(x, y, source)) : Optional.empty();
	}
}
