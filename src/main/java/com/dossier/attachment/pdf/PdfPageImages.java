package com.dossier.attachment.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A page of a PDF as a PNG picture at screen resolution, for the clerk's viewer: the
 * browser then shows a picture and never runs the PDF (no plug-in, no download, none of
 * its scripts). Only for PDFs the inspection accepted at upload (objects, streams and
 * page tree within its bounds); drawing is bounded here in memory (PDFBox's buffers, and
 * pixels: a page larger than A3 is drawn smaller, large embedded scans are subsampled).
 * Callers bound how many run at once.
 */
public final class PdfPageImages {

	/**
	 * Screen resolution: an A4 page is about 910 × 1290 pixels, legible at 100 % on a
	 * clerk's monitor.
	 */
	public static final float DPI = 110;

	/**
	 * At most about A3 at {@link #DPI} (1290 × 1820); bigger pages are drawn at a lower
	 * resolution.
	 */
	public static final long MAX_PIXELS = 2_400_000;

	private static final long MAX_MEMORY = 64L * 1024 * 1024;

	private PdfPageImages() {
	}

	/** A drawn page and how many pages the file has. */
	public record Rendered(byte[] png, int pages, int width, int height) {
	}

	/**
	 * Draws page {@code page} (1 = the first).
	 * @throws IllegalArgumentException when the file has no such page
	 * @throws UncheckedIOException when PDFBox cannot read or draw the file
	 */
	public static Rendered render(byte[] pdf, int page) {
		try (PDDocument document = Loader.loadPDF(pdf, "", null, null,
				MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY).streamCache)) {
			int pages = document.getNumberOfPages();
			if (page < 1 || page > pages) {
				throw new IllegalArgumentException("page " + page + " of " + pages);
			}
			PDRectangle box = document.getPage(page - 1).getCropBox();
			float scale = scale(box.getWidth(), box.getHeight());
			PDFRenderer renderer = new PDFRenderer(document);
			renderer.setSubsamplingAllowed(true);
			BufferedImage image = renderer.renderImage(page - 1, scale, ImageType.RGB);
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			ImageIO.write(image, "png", out);
			return new Rendered(out.toByteArray(), pages, image.getWidth(), image.getHeight());
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * Points to pixels: {@link #DPI}, or less so that the page stays within
	 * {@link #MAX_PIXELS}.
	 */
	static float scale(float widthPt, float heightPt) {
		float scale = DPI / 72f;
		double pixels = (double) widthPt * heightPt * scale * scale;
		if (pixels > MAX_PIXELS) {
			scale *= (float) Math.sqrt(MAX_PIXELS / pixels);
		}
		return scale;
	}

}
