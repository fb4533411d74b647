package com.dossier.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.pattern.PathPattern;

/**
 * The leading literal segments of each of a mapping's patterns, by which
 * {@link LiteralPrefixMapping} files the mappings and refuses those whose path cannot
 * match.
 */
record MappingPrefixes(List<String[]> ofPatterns) {

	private static final MappingPrefixes ANY = new MappingPrefixes(List.of());

	static MappingPrefixes of(RequestMappingInfo info) {
		PathPatternsRequestCondition condition = info.getPathPatternsCondition();
		if (condition == null) {
			return ANY;
		}
		List<String[]> ofPatterns = new ArrayList<>();
		for (PathPattern pattern : condition.getPatterns()) {
			String[] literals = literals(pattern.getPatternString());
			if (literals.length == 0) {
				return ANY;
			}
			ofPatterns.add(literals);
		}
		return ofPatterns.isEmpty() ? ANY : new MappingPrefixes(List.copyOf(ofPatterns));
	}

	/**
	 * {@code /api/v1/sections/{key}/records} gives api, v1, sections. A segment with a
	 * variable, a wildcard or an escape ends them, and so does an empty one.
	 */
	static String[] literals(String pattern) {
		if (!pattern.startsWith("/")) {
			return new String[0];
		}
		List<String> literals = new ArrayList<>();
		for (String segment : pattern.substring(1).split("/", -1)) {
			if (segment.isEmpty() || segment.chars().anyMatch(c -> "{}*?%\\;".indexOf(c) >= 0)) {
				break;
			}
			literals.add(segment);
		}
		return literals.toArray(String[]::new);
	}

	/**
	 * The path's elements alternate separator and segment from the root, as a pattern's
	 * do, and a literal matches the segment's decoded value without its {@code ;}
	 * parameters.
	 */
	boolean admit(List<PathContainer.Element> path) {
		if (ofPatterns.isEmpty()) {
			return true;
		}
		for (String[] literals : ofPatterns) {
			if (begins(path, literals)) {
				return true;
			}
		}
		return false;
	}

	private static boolean begins(List<PathContainer.Element> path, String[] literals) {
		if (path.size() < 2 * literals.length) {
			return false;
		}
		for (int i = 0; i < literals.length; i++) {
			if (!(path.get(2 * i) instanceof PathContainer.Separator)
					|| !(path.get(2 * i + 1) instanceof PathContainer.PathSegment segment)
					|| !literals[i].equals(segment.valueToMatch())) {
				return false;
			}
		}
		return true;
	}

}
