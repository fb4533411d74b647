package com.dossier.attachment.image;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes a decoded image as a fresh baseline JPEG whose only metadata is a JFIF header
 * carrying the density: no EXIF, no ICC profile, no comments — nothing of the source
 * survives but its pixels. Encoding stays in memory (ImageIO's default stream would go
 * through a temporary file on every probe of the quality search).
 */
public final class JpegEncoder {

	private static final String NATIVE_FORMAT = "javax_imageio_jpeg_image_1.0";

	/**
	 * JFIF density units: 1 = dots per inch, 2 = dots per centimetre, 0 = aspect ratio
	 * only.
	 */
	public enum Units {

		NONE, PER_INCH, PER_CM

	}

	private JpegEncoder() {
	}

	public static byte[] encode(BufferedImage image, float quality, int dpi) {
		return encode(image, quality, Units.PER_INCH, dpi, dpi, false);
	}

	public static byte[] encode(BufferedImage image, float quality, Units units, int xDensity, int yDensity,
			boolean progressive) {
		ImageWriter writer = writer();
		try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
				ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			ImageWriteParam param = writer.getDefaultWriteParam();
			param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			param.setCompressionQuality(quality);
			if (progressive) {
				param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
			}
			IIOMetadata metadata = writer.getDefaultImageMetadata(new ImageTypeSpecifier(image), param);
			IIOMetadataNode tree = (IIOMetadataNode) metadata.getAsTree(NATIVE_FORMAT);
			IIOMetadataNode jfif = (IIOMetadataNode) tree.getElementsByTagName("app0JFIF").item(0);
			jfif.setAttribute("resUnits", Integer.toString(units.ordinal()));
			jfif.setAttribute("Xdensity", Integer.toString(xDensity));
			jfif.setAttribute("Ydensity", Integer.toString(yDensity));
			metadata.setFromTree(NATIVE_FORMAT, tree);
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, metadata), param);
			out.flush();
			return bytes.toByteArray();
		}
		catch (IIOInvalidTreeException e) {
			throw new IllegalStateException("JPEG metadata tree rejected", e);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		finally {
			writer.dispose();
		}
	}

	/**
	 * The JDK's own writer when present: its JFIF handling is the reference the metadata
	 * tree above follows.
	 */
	private static ImageWriter writer() {
		ImageWriter fallback = null;
		for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName("jpeg"); it.hasNext();) {
			ImageWriter w = it.next();
			if (w.getClass().getName().startsWith("com.sun.")) {
				return w;
			}
			fallback = fallback == null ? w : fallback;
		}
		if (fallback == null) {
			throw new IllegalStateException("No JPEG writer available");
		}
		return fallback;
	}

}
