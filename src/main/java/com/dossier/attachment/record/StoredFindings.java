package com.dossier.attachment.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.dossier.attachment.image.ImageFacts;
import com.dossier.attachment.inspection.Notice;
import com.dossier.attachment.pdf.PdfFacts;
import com.dossier.handbook.RecordAttachments;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What inspection found, kept with the attachment as JSON text and turned back into words
 * in the reader's language: warnings as {@code [{code, args}]} (translated with
 * {@code warning.<code>}), facts as a flat map.
 */
@Component
public class StoredFindings {

	private final JsonMapper json;

	private final MessageSource messages;

	StoredFindings(JsonMapper json, MessageSource messages) {
		this.json = json;
		this.messages = messages;
	}

	public String warnings(List<Notice> notices) {
		List<Map<String, Object>> list = new ArrayList<>();
		for (Notice n : notices) {
			list.add(Map.of("code", n.code(), "args", n.args().stream().map(StoredFindings::plain).toList()));
		}
		return json.writeValueAsString(list);
	}

	static String facts(ImageFacts f) {
		return "{\"dpi\":" + f.dpiX() + ",\"width\":" + f.width() + ",\"height\":" + f.height() + ",\"widthMm\":"
				+ f.widthMm() + ",\"heightMm\":" + f.heightMm() + "}";
	}

	static String facts(PdfFacts f) {
		return "{\"pages\":" + f.pages() + "}";
	}

	@SuppressWarnings("unchecked")
	public List<RecordAttachments.Warning> warnings(String stored, Locale locale) {
		List<RecordAttachments.Warning> out = new ArrayList<>();
		for (Object item : json.readValue(stored, List.class)) {
			Map<String, Object> m = (Map<String, Object>) item;
			String code = (String) m.get("code");
			Object[] args = ((List<Object>) m.getOrDefault("args", List.of())).toArray();
			out.add(new RecordAttachments.Warning(code, messages.getMessage("warning." + code, args, code, locale)));
		}
		return out;
	}

	/** "96 dpi · 210×297 毫米 · 794×1123 像素" or "共 3 页". */
	@SuppressWarnings("unchecked")
	String factsText(String stored, Locale locale) {
		Map<String, Object> f = new LinkedHashMap<>(json.readValue(stored, Map.class));
		if (f.containsKey("pages")) {
			return messages.getMessage("attachment.facts.pdf", new Object[] { f.get("pages") }, locale);
		}
		return messages.getMessage("attachment.facts.image",
				new Object[] { f.get("dpi"), f.get("widthMm"), f.get("heightMm"), f.get("width"), f.get("height") },
				locale);
	}

	/**
	 * A PDF's page count from its stored facts; 0 for an image (or facts without pages).
	 */
	@SuppressWarnings("unchecked")
	int pages(String stored) {
		if (stored == null || stored.isBlank()) {
			return 0;
		}
		return json.readValue(stored, Map.class).get("pages") instanceof Number n ? n.intValue() : 0;
	}

	/** Measured values are numbers or text; anything else is kept as its text. */
	private static Object plain(Object arg) {
		return arg instanceof Number || arg instanceof String ? arg : String.valueOf(arg);
	}

}
