package com.dossier.print;

/** A section to tick on the choosing page (print/printing.jte). */
public record SectionChoice(String code, String name) {
}
