package com.dossier.handbook.web;

import java.util.List;

import com.dossier.handbook.FieldDef;
import com.dossier.handbook.SectionTexts;

/**
 * One field of the record form as src/main/jte/handbook/field.jte draws it: the widget
 * its type asks for, what the user typed, its error, and (after a save conflict) the
 * value someone else saved meanwhile.
 *
 * @param width {@code wide} for long text (地址) and the fixed 证件名称, {@code narrow} for
 * numbers (面积), or null
 * @param theirs the value saved by someone else since this form was opened, as people
 * read it; null when unchanged
 */
public record FieldView(String key, String id, String name, String label, boolean required, Widget widget, String value,
		String error, List<Choice> choices, int maxLength, String width, String theirs) {

	public enum Widget {

		DATE, MONTH, EMAIL, RADIO, SELECT, FIXED, TEXTAREA, TEXT, NUMBER

	}

	public record Choice(String value, String label, boolean selected) {
	}

	/**
	 * Long texts get a wide box; the guide's 地址 and names are 200 characters, a person's
	 * name 50.
	 */
	static final int WIDE_FROM = 101;

	static FieldView of(FieldDef f, String value, String error, String theirs, SectionTexts texts) {
		Widget widget = widget(f);
		String shown = widget == Widget.FIXED ? f.fixedValue() : value == null ? "" : value;
		List<Choice> choices = f.options()
			.stream()
			.map(o -> new Choice(o.value(), texts.text(o.labelKey()), o.value().equals(shown)))
			.toList();
		String width = widget == Widget.NUMBER ? "narrow"
				: widget == Widget.FIXED || (widget == Widget.TEXT && f.maxLength() >= WIDE_FROM) ? "wide" : null;
		return new FieldView(f.key(), "field-" + f.key(), "f_" + f.key(), texts.text(f.labelKey()), f.required(),
				widget, shown, error, choices, f.maxLength(), width, theirs);
	}

	private static Widget widget(FieldDef f) {
		return switch (f.type()) {
			case DATE -> Widget.DATE;
			case YEAR_MONTH -> Widget.MONTH;
			case EMAIL -> Widget.EMAIL;
			case BOOLEAN -> Widget.RADIO;
			case ENUM -> f.options().size() <= 3 ? Widget.RADIO : Widget.SELECT;
			case ID_TYPE -> Widget.SELECT;
			default -> f.isFixed() ? Widget.FIXED
					: f.maxLength() > 200 ? Widget.TEXTAREA : f.type().numeric() ? Widget.NUMBER : Widget.TEXT;
		};
	}

	public boolean hasError() {
		return error != null;
	}
}
