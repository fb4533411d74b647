import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.w3c.dom.Element;

/**
 * Scenario 7's upload: an A4 "scan" at 100 dpi (827 × 1169 px, JFIF density 100 dpi) of about 250 KB, under the
 * guide's 300 KB limit. Run with the JDK's source launcher: {@code java bench/MakeJpeg.java out.jpg}. The quality is
 * searched so that the size lands near 250 KB; the noise is seeded, so the file is the same on every machine.
 */
public class MakeJpeg {

	public static void main(String[] args) throws IOException {
		BufferedImage image = new BufferedImage(827, 1169, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, 827, 1169);
		Random random = new Random(8);
		g.setColor(Color.DARK_GRAY);
		for (int line = 0; line < 90; line++) {
			for (int x = 60; x < 767; x += 9) {
				if (random.nextInt(5) > 0) {
					g.fillRect(x, 80 + line * 12, 7, 8 - random.nextInt(3));
				}
			}
		}
		g.dispose();
		for (int y = 0; y < 1169; y++) {
			for (int x = 0; x < 827; x++) {
				int v = Math.max(0, Math.min(255, (image.getRGB(x, y) & 0xff) + random.nextInt(41) - 20));
				image.setRGB(x, y, v << 16 | v << 8 | v);
			}
		}
		float low = 0.05f, high = 0.95f;
		byte[] best = null;
		for (int i = 0; i < 12; i++) {
			float q = (low + high) / 2;
			byte[] jpeg = encode(image, q);
			if (jpeg.length > 256_000) {
				high = q;
			}
			else {
				low = q;
				best = jpeg;
			}
		}
		Files.write(Path.of(args[0]), best);
		System.out.println(args[0] + ": " + best.length + " bytes, 827x1169 px at 100 dpi");
	}

	private static byte[] encode(BufferedImage image, float quality) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ImageWriteParam param = writer.getDefaultWriteParam();
		param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
		param.setCompressionQuality(quality);
		IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
		Element tree = (Element) metadata.getAsTree("javax_imageio_jpeg_image_1.0");
		Element jfif = (Element) tree.getElementsByTagName("app0JFIF").item(0);
		jfif.setAttribute("resUnits", "1");
		jfif.setAttribute("Xdensity", "100");
		jfif.setAttribute("Ydensity", "100");
		metadata.setFromTree("javax_imageio_jpeg_image_1.0", tree);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
			writer.setOutput(out);
			writer.write(null, new IIOImage(image, null, metadata), param);
		}
		writer.dispose();
		return bytes.toByteArray();
	}
}
