package com.dossier.attachment.pdf;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;

/**
 * Finds JavaScript, launch actions, embedded files, links out of the document and their
 * kin anywhere a reader could reach them: the walk starts at the trailer and visits every
 * reachable dictionary and array, so the catalog's names tree, OpenAction,
 * document/page/field AA, annotation actions, outline actions and chained /Next actions
 * are all covered without a list of places to forget one of. The same walk admits every
 * stream that is not an image to the {@link PdfBudget}, so that a decompression bomb is
 * refused wherever it hides, even in a stream the inspection itself would never decode.
 * <p>
 * Of the actions of PDF 32000 (12.6.4), those that reach outside the document are
 * refused: a reader opening a file or a {@code \\host\share} path hands the host the
 * user's Windows credentials. That is GoToR, GoToE, Launch, Thread with a file,
 * ImportData, SubmitForm, Movie and Rendition (media from files), and a URI other than an
 * http, https or mailto link; plain web links stay, office suites write them. Internal
 * navigation (GoTo, Named, Hide, SetOCGState, Trans, GoTo3DView, ResetForm) and Sound are
 * harmless. Streams with external data (/F) and reference XObjects name files too.
 */
final class ActiveContent {

	private static final Set<String> ACTIONS = Set.of("JavaScript", "Launch", "ImportData", "SubmitForm", "GoToE",
			"GoToR", "Movie", "Rendition", "RichMediaExecute");

	private static final Set<String> ANNOTATIONS = Set.of("RichMedia", "Movie", "3D");

	private static final COSName JS = COSName.getPDFName("JS");

	private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");

	private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");

	private static final COSName EF = COSName.getPDFName("EF");

	private static final COSName XFA = COSName.getPDFName("XFA");

	private static final COSName REF = COSName.getPDFName("Ref");

	private static final Set<String> WEB_SCHEMES = Set.of("http", "https", "mailto");

	/**
	 * A URI's scheme, as a browser reads it: after dropping tabs and line breaks, before
	 * the first colon.
	 */
	private static final Pattern SCHEME = Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*):.*", Pattern.DOTALL);

	private ActiveContent() {
	}

	/**
	 * The kinds of active content found, sorted, e.g. [EmbeddedFile, JavaScript]; empty
	 * when clean.
	 */
	static Set<String> find(COSDictionary trailer, PdfBudget budget) {
		Set<String> found = new TreeSet<>();
		Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		Deque<COSBase> todo = new ArrayDeque<>();
		todo.push(trailer);
		while (!todo.isEmpty()) {
			COSBase node = todo.pop();
			if (node instanceof COSObject reference) {
				node = reference.getObject();
			}
			if (node == null || !seen.add(node)) {
				continue;
			}
			budget.walked(seen.size());
			if (node instanceof COSDictionary dict) {
				inspect(dict, found);
				admit(dict);
				for (COSBase value : dict.getValues()) {
					push(todo, value);
				}
			}
			else if (node instanceof COSArray array) {
				for (int i = 0; i < array.size(); i++) {
					push(todo, array.get(i));
				}
			}
		}
		return found;
	}

	private static void push(Deque<COSBase> todo, COSBase value) {
		if (value instanceof COSDictionary || value instanceof COSArray || value instanceof COSObject) {
			todo.push(value);
		}
	}

	private static void admit(COSDictionary dict) {
		if (dict instanceof BoundedPdfParser.BoundedStream stream
				&& !COSName.IMAGE.equals(stream.getCOSName(COSName.SUBTYPE))) {
			try {
				stream.admit();
			}
			catch (IOException e) {
				// Undecodable: PDFBox fails on it the same way, and the text check reads
				// around it.
			}
		}
	}

	private static void inspect(COSDictionary dict, Set<String> found) {
		COSName action = dict.getCOSName(COSName.S);
		if (action != null && ACTIONS.contains(action.getName())) {
			found.add(action.getName());
		}
		if (COSName.URI.equals(action) && !isWebLink(dict.getDictionaryObject(COSName.URI))) {
			found.add("URI");
		}
		if (COSName.getPDFName("Thread").equals(action) && dict.containsKey(COSName.F)) {
			found.add("Thread");
		}
		if (dict.containsKey(JS) || dict.containsKey(JAVASCRIPT)) {
			found.add("JavaScript");
		}
		if (dict.containsKey(EMBEDDED_FILES) || dict.containsKey(EF)
				|| COSName.EMBEDDED_FILE.equals(dict.getCOSName(COSName.TYPE))
				|| COSName.getPDFName("FileAttachment").equals(dict.getCOSName(COSName.SUBTYPE))) {
			found.add("EmbeddedFile");
		}
		COSName subtype = dict.getCOSName(COSName.SUBTYPE);
		if (subtype != null && ANNOTATIONS.contains(subtype.getName())) {
			found.add(subtype.getName());
		}
		if (dict.containsKey(XFA)) {
			found.add("XFA");
		}
		if (dict instanceof COSStream && (dict.containsKey(COSName.F) || dict.containsKey(REF))) {
			found.add("ExternalFile");
		}
	}

	/**
	 * An absolute http, https or mailto URI. Anything else (file:, smb:, a UNC or
	 * relative path, which a reader resolves against the file's own location) may make
	 * the reader open a file or a network share.
	 */
	static boolean isWebLink(COSBase uri) {
		if (uri == null) {
			return true; // nothing to open
		}
		if (!(uri instanceof COSString string)) {
			return false;
		}
		String text = string.getString().replaceAll("[\\t\\n\\r]", "").replaceAll("^[\\x00-\\x20]+", "");
		Matcher m = SCHEME.matcher(text);
		return m.matches() && WEB_SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT));
	}

}
