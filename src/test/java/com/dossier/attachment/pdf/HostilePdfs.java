package com.dossier.attachment.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.DeflaterOutputStream;

import com.dossier.attachment.TestPdfs;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.filespecification.PDSimpleFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.action.PDAction;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionRemoteGoTo;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionThread;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;

/**
 * The attack files of issue 12, made as the attacker made them; public for the hostile
 * suite.
 */
public final class HostilePdfs {

	private HostilePdfs() {
	}

	/**
	 * ~49 KB: one page whose FlateDecode content holds a single {@code Tj} of 50 million
	 * characters.
	 */
	public static byte[] textBomb() {
		try (PDDocument doc = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			doc.addPage(page);
			COSStream content = doc.getDocument().createCOSStream();
			content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
			try (var raw = content.createRawOutputStream(); var deflate = new DeflaterOutputStream(raw)) {
				deflate.write("BT /F1 12 Tf 72 720 Td (".getBytes(StandardCharsets.US_ASCII));
				byte[] million = "A".repeat(1_000_000).getBytes(StandardCharsets.US_ASCII);
				for (int i = 0; i < 50; i++) {
					deflate.write(million);
				}
				deflate.write(") Tj ET\n".getBytes(StandardCharsets.US_ASCII));
			}
			page.getCOSObject().setItem(COSName.CONTENTS, content);
			COSDictionary font = new COSDictionary();
			font.setItem(COSName.TYPE, COSName.FONT);
			font.setItem(COSName.SUBTYPE, COSName.TYPE1);
			font.setName(COSName.BASE_FONT, "Helvetica");
			PDResources resources = new PDResources();
			COSDictionary fonts = new COSDictionary();
			fonts.setItem(COSName.getPDFName("F1"), font);
			resources.getCOSObject().setItem(COSName.FONT, fonts);
			page.setResources(resources);
			return TestPdfs.save(doc);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * A PDF of {@code count} tiny objects, each naming the next, in compressed object
	 * streams of 100 as qpdf {@code --object-streams=generate} writes them: 130,000 of
	 * them fit in ~1 MB.
	 */
	public static byte[] manyObjects(int count) {
		return RawPdf.chain(count, 100);
	}

	/** A link on page 1 that runs the given action. */
	public static byte[] withLink(PDAction action) {
		try (PDDocument doc = TestPdfs.textDocument("链接")) {
			PDAnnotationLink link = new PDAnnotationLink();
			link.setRectangle(new PDRectangle(50, 50, 100, 20));
			link.setAction(action);
			doc.getPage(0).getAnnotations().add(link);
			return TestPdfs.save(doc);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * /GoToR to a PDF on a Windows share: opening it hands the share the reader's NTLM
	 * credentials.
	 */
	public static byte[] remoteGoTo(String path) {
		PDActionRemoteGoTo action = new PDActionRemoteGoTo();
		action.setFile(file(path));
		action.getCOSObject().setInt(COSName.D, 0);
		return withLink(action);
	}

	public static byte[] uri(String uri) {
		PDActionURI action = new PDActionURI();
		action.setURI(uri);
		return withLink(action);
	}

	/** /Thread whose article is in another file. */
	public static byte[] threadInFile(String path) {
		PDActionThread action = new PDActionThread();
		action.setFile(file(path));
		action.getCOSObject().setInt(COSName.D, 0);
		return withLink(action);
	}

	private static PDSimpleFileSpecification file(String path) {
		PDSimpleFileSpecification file = new PDSimpleFileSpecification();
		file.setFile(path);
		return file;
	}

	static byte[] deflate(byte[] data) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflate = new DeflaterOutputStream(out)) {
			deflate.write(data);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

}
