package com.dossier.attachment;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;

/**
 * Finds JavaScript, launch actions, embedded files and their kin anywhere a reader could reach them: the walk
 * starts at the trailer and visits every reachable dictionary and array, so the catalog's names tree, OpenAction,
 * document/page/field AA, annotation actions, outline actions and chained /Next actions are all covered without a
 * list of places to forget one of. Only dictionaries are inspected; content streams are never decoded.
 */
final class ActiveContent {

	/** A 1 MB PDF cannot hold this many real objects; more means a crafted file. */
	static final int MAX_NODES = 300_000;

	private static final Set<String> ACTIONS = Set.of("JavaScript", "Launch", "ImportData", "SubmitForm", "GoToE",
			"Rendition", "RichMediaExecute");

	private static final COSName JS = COSName.getPDFName("JS");

	private static final COSName JAVASCRIPT = COSName.getPDFName("JavaScript");

	private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");

	private static final COSName EF = COSName.getPDFName("EF");

	private static final COSName XFA = COSName.getPDFName("XFA");

	private ActiveContent() {
	}

	static final class TooComplexException extends RuntimeException {

		TooComplexException() {
			super("PDF object graph exceeds " + MAX_NODES + " nodes", null, false, false);
		}
	}

	/** The kinds of active content found, sorted, e.g. [EmbeddedFile, JavaScript]; empty when clean. */
	static Set<String> find(COSDictionary trailer) {
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
			if (seen.size() > MAX_NODES) {
				throw new TooComplexException();
			}
			if (node instanceof COSDictionary dict) {
				inspect(dict, found);
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

	private static void inspect(COSDictionary dict, Set<String> found) {
		COSName action = dict.getCOSName(COSName.S);
		if (action != null && ACTIONS.contains(action.getName())) {
			found.add(action.getName());
		}
		if (dict.containsKey(JS) || dict.containsKey(JAVASCRIPT)) {
			found.add("JavaScript");
		}
		if (dict.containsKey(EMBEDDED_FILES) || dict.containsKey(EF)
				|| COSName.EMBEDDED_FILE.equals(dict.getCOSName(COSName.TYPE))
				|| COSName.getPDFName("FileAttachment").equals(dict.getCOSName(COSName.SUBTYPE))) {
			found.add("EmbeddedFile");
		}
		if (COSName.getPDFName("RichMedia").equals(dict.getCOSName(COSName.SUBTYPE))) {
			found.add("RichMedia");
		}
		if (dict.containsKey(XFA)) {
			found.add("XFA");
		}
	}
}
