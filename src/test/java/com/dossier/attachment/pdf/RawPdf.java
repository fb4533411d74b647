package com.dossier.attachment.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.dossier.attachment.conversion.Size;

/**
 * PDFs written by hand, for structures no writer makes: a chain of {@code count} small
 * dictionaries in compressed object streams indexed by a compressed cross-reference
 * stream (the layout of qpdf's {@code --object-streams=generate}, without needing qpdf),
 * or any objects with a classic cross-reference table.
 */
final class RawPdf {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	private RawPdf() {
	}

	static byte[] chain(int count, int perStream) {
		return new RawPdf().write(count, perStream, 0);
	}

	/**
	 * With {@code padding} spaces after the first object stream's objects: a bomb that
	 * PDFBox decodes to parse.
	 */
	static byte[] paddedChain(int count, int padding) {
		return new RawPdf().write(count, count, padding);
	}

	/**
	 * Objects 1, 2, … with these bodies (object 1 the catalog) and a classic
	 * cross-reference table.
	 */
	static byte[] of(List<String> bodies) {
		RawPdf pdf = new RawPdf();
		pdf.ascii("%PDF-1.4\n");
		StringBuilder xref = new StringBuilder("xref\n0 " + (bodies.size() + 1) + "\n0000000000 65535 f \n");
		for (int i = 0; i < bodies.size(); i++) {
			xref.append(String.format("%010d 00000 n \n", pdf.out.size()));
			pdf.ascii((i + 1) + " 0 obj\n" + bodies.get(i) + "\nendobj\n");
		}
		int start = pdf.out.size();
		pdf.ascii(
				xref + "trailer\n<</Size " + (bodies.size() + 1) + "/Root 1 0 R>>\nstartxref\n" + start + "\n%%EOF\n");
		return pdf.out.toByteArray();
	}

	private byte[] write(int count, int perStream, int padding) {
		int first = 4;
		int streams = (count + perStream - 1) / perStream;
		int firstStream = first + count;
		int xref = firstStream + streams;
		long[] offsets = new long[xref + 1];
		ascii("%PDF-1.5\n%\u00e2\u00e3\u00cf\u00d3\n");
		offsets[1] = out.size();
		ascii("1 0 obj\n<</Type/Catalog/Pages 2 0 R/Junk " + first + " 0 R>>\nendobj\n");
		offsets[2] = out.size();
		ascii("2 0 obj\n<</Type/Pages/Kids[3 0 R]/Count 1>>\nendobj\n");
		offsets[3] = out.size();
		ascii("3 0 obj\n<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>\nendobj\n");
		for (int s = 0; s < streams; s++) {
			StringBuilder header = new StringBuilder();
			StringBuilder body = new StringBuilder();
			for (int n = first + s * perStream; n < Math.min(first + (s + 1) * perStream, first + count); n++) {
				header.append(n).append(' ').append(body.length()).append(' ');
				body.append(n + 1 < first + count ? "<</N " + (n + 1) + " 0 R>>" : "<<>>").append('\n');
			}
			offsets[firstStream + s] = out.size();
			int objects = Math.min(perStream, count - s * perStream);
			if (s == 0) {
				body.append(" ".repeat(padding));
			}
			stream(firstStream + s, "/Type/ObjStm/N " + objects + "/First " + header.length(),
					(header.toString() + body).getBytes(StandardCharsets.US_ASCII));
		}
		offsets[xref] = out.size();
		// Rows of 6 bytes, each after PNG's "Up" predictor as qpdf writes them: the rows
		// differ little.
		ByteBuffer entries = ByteBuffer.allocate((xref + 1) * 7);
		byte[] previous = new byte[6];
		for (int n = 0; n <= xref; n++) {
			boolean compressed = n >= first && n < firstStream;
			long field = compressed ? firstStream + (n - first) / perStream : offsets[n];
			int second = compressed ? (n - first) % perStream : n == 0 ? 0xFFFF : 0;
			byte[] row = { (byte) (n == 0 ? 0 : compressed ? 2 : 1), (byte) (field >> 16), (byte) (field >> 8),
					(byte) field, (byte) (second >> 8), (byte) second };
			entries.put((byte) 2);
			for (int i = 0; i < row.length; i++) {
				entries.put((byte) (row[i] - previous[i]));
			}
			previous = row;
		}
		stream(xref,
				"/Type/XRef/Size " + (xref + 1) + "/W[1 3 2]/Root 1 0 R" + "/DecodeParms<</Columns 6/Predictor 12>>",
				entries.array());
		ascii("startxref\n" + offsets[xref] + "\n%%EOF\n");
		return out.toByteArray();
	}

	private void stream(int number, String dictionary, byte[] data) {
		byte[] compressed = HostilePdfs.deflate(data);
		ascii(number + " 0 obj\n<<" + dictionary + "/Filter/FlateDecode/Length " + compressed.length + ">>\nstream\n");
		out.writeBytes(compressed);
		ascii("\nendstream\nendobj\n");
	}

	private void ascii(String text) {
		out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
	}

}
