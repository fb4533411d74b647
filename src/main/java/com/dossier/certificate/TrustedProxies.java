package com.dossier.certificate;

import java.util.ArrayList;
import java.util.List;

/**
 * The addresses from which a client-certificate header is believed ({@code dossier.auth.trusted-proxies}).
 * A misconfigured entry stops the application at start-up rather than silently trusting less or more.
 */
final class TrustedProxies {

	private final List<AddressRange> ranges;

	private TrustedProxies(List<AddressRange> ranges) {
		this.ranges = List.copyOf(ranges);
	}

	/** @param entries addresses or CIDR ranges; an entry may itself hold several separated by commas or spaces */
	static TrustedProxies of(List<String> entries) {
		List<AddressRange> ranges = new ArrayList<>();
		for (String entry : entries == null ? List.<String>of() : entries) {
			for (String part : entry.split("[,\\s]+")) {
				if (!part.isBlank()) {
					ranges.add(AddressRange.parse(part));
				}
			}
		}
		return new TrustedProxies(ranges);
	}

	boolean contains(String remoteAddress) {
		return ranges.stream().anyMatch(r -> r.contains(remoteAddress));
	}

	boolean isEmpty() {
		return ranges.isEmpty();
	}

	@Override
	public String toString() {
		return ranges.toString();
	}
}
