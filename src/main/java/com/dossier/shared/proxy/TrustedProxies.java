package com.dossier.shared.proxy;

import java.util.ArrayList;
import java.util.List;

/**
 * The reverse proxies in front of the nodes ({@code dossier.auth.trusted-proxies}): only from them are the client's
 * address and scheme (X-Forwarded-For/-Proto) and a client-certificate header believed. A misconfigured entry stops
 * the application at start-up rather than silently trusting less or more.
 */
public final class TrustedProxies {

	private final List<AddressRange> ranges;

	private TrustedProxies(List<AddressRange> ranges) {
		this.ranges = List.copyOf(ranges);
	}

	/** @param entries addresses or CIDR ranges; an entry may itself hold several separated by commas or spaces */
	public static TrustedProxies of(List<String> entries) {
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

	public boolean contains(String remoteAddress) {
		return ranges.stream().anyMatch(r -> r.contains(remoteAddress));
	}

	public boolean isEmpty() {
		return ranges.isEmpty();
	}

	@Override
	public String toString() {
		return ranges.toString();
	}
}
