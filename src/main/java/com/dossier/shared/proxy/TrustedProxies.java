package com.dossier.shared.proxy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The reverse proxies in front of the nodes ({@code dossier.auth.trusted-proxies}): only
 * from them are the client's address and scheme (X-Forwarded-For/-Proto) and a
 * client-certificate header believed. A misconfigured entry stops the application at
 * start-up rather than silently trusting less or more.
 * <p>
 * The ranges are Spring Security's {@link IpAddressMatcher}. It is handed only what
 * {@link #literal} lets through, because on its own it takes {@code 10.0.0} or {@code 10}
 * for IPv4 addresses, asks DNS about a dotted word such as {@code 300.1.1.1}, fails on a
 * zone id naming an interface this host lacks ({@code fe80::1%eth0}), reads
 * {@code ::1/-1} as the single address, and throws on a host name where a visitor's
 * address must simply not match.
 */
public final class TrustedProxies {

	private static final Pattern IPV4 = Pattern
		.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

	/**
	 * Hex digits, colons and dots (an IPv4 tail); with a colon, the JDK parses it as IPv6
	 * and never asks DNS.
	 */
	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f.]*:[0-9A-Fa-f:.]*");

	private static final Pattern PREFIX = Pattern.compile("\\d{1,3}");

	private final List<IpAddressMatcher> ranges;

	private TrustedProxies(List<IpAddressMatcher> ranges) {
		this.ranges = List.copyOf(ranges);
	}

	/**
	 * @param entries addresses or CIDR ranges; an entry may itself hold several separated
	 * by commas or spaces
	 */
	public static TrustedProxies of(List<String> entries) {
		List<IpAddressMatcher> ranges = new ArrayList<>();
		for (String entry : entries == null ? List.<String>of() : entries) {
			for (String part : entry.split("[,\\s]+")) {
				if (!part.isBlank()) {
					ranges.add(range(part));
				}
			}
		}
		return new TrustedProxies(ranges);
	}

	/**
	 * @throws IllegalArgumentException for anything but an address literal with an
	 * optional /prefix
	 */
	private static IpAddressMatcher range(String entry) {
		int slash = entry.indexOf('/');
		String prefix = slash < 0 ? null : entry.substring(slash + 1);
		Optional<String> address = literal(slash < 0 ? entry : entry.substring(0, slash));
		if (address.isEmpty() || (prefix != null && !PREFIX.matcher(prefix).matches())) {
			throw new IllegalArgumentException("not an IP address or CIDR range: " + entry);
		}
		return new IpAddressMatcher(prefix == null ? address.get() : address.get() + "/" + prefix);
	}

	/**
	 * True when the address (as {@code ServletRequest.getRemoteAddr()} gives it) is one
	 * of the proxies.
	 */
	public boolean contains(String remoteAddress) {
		Optional<String> address = literal(remoteAddress);
		return address.isPresent() && ranges.stream().anyMatch(range -> range.matches(address.get()));
	}

	public boolean isEmpty() {
		return ranges.isEmpty();
	}

	/**
	 * The text as an address literal that parses without DNS — brackets and a zone id
	 * such as {@code %eth0} dropped, an IPv4 address only as four decimal numbers — or
	 * empty for anything else (a host name, a malformed hop).
	 */
	public static Optional<String> literal(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String address = text.trim();
		if (address.startsWith("[") && address.endsWith("]")) {
			address = address.substring(1, address.length() - 1);
		}
		int zone = address.indexOf('%');
		if (zone >= 0) {
			address = address.substring(0, zone);
		}
		if (!IPV4.matcher(address).matches() && !IPV6.matcher(address).matches()) {
			return Optional.empty();
		}
		try {
			InetAddress.getByName(address);
			return Optional.of(address);
		}
		catch (UnknownHostException e) {
			return Optional.empty();
		}
	}

	@Override
	public String toString() {
		return ranges.toString();
	}

}
