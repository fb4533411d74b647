package com.dossier.shared.proxy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One entry of {@code dossier.auth.trusted-proxies}: an IPv4 or IPv6 address, or a CIDR range of either. Only
 * literal addresses are accepted, so that parsing never asks DNS and a name cannot be re-pointed later. An IPv4
 * address written as IPv4-mapped IPv6 ({@code ::ffff:10.0.0.1}) is the same address.
 */
record AddressRange(byte[] network, int prefix) {

	private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

	/** @throws IllegalArgumentException for anything but an address literal with an optional /prefix */
	static AddressRange parse(String text) {
		String value = text.trim();
		int slash = value.indexOf('/');
		String address = slash < 0 ? value : value.substring(0, slash);
		byte[] bytes = literal(address)
			.orElseThrow(() -> new IllegalArgumentException("not an IP address or CIDR range: " + text));
		int prefix = bytes.length * 8;
		if (slash >= 0) {
			try {
				prefix = Integer.parseInt(value.substring(slash + 1));
			}
			catch (NumberFormatException e) {
				throw new IllegalArgumentException("bad prefix length in " + text);
			}
			if (prefix < 0 || prefix > bytes.length * 8) {
				throw new IllegalArgumentException("bad prefix length in " + text);
			}
		}
		return new AddressRange(bytes, prefix);
	}

	/** True when the address (as {@code ServletRequest.getRemoteAddr()} gives it) lies in this range. */
	boolean contains(String remoteAddress) {
		return literal(remoteAddress).map(this::contains).orElse(false);
	}

	private boolean contains(byte[] address) {
		if (address.length != network.length) {
			return false;
		}
		int full = prefix / 8;
		for (int i = 0; i < full; i++) {
			if (address[i] != network[i]) {
				return false;
			}
		}
		int rest = prefix % 8;
		if (rest == 0) {
			return true;
		}
		int mask = (0xFF << (8 - rest)) & 0xFF;
		return (address[full] & mask) == (network[full] & mask);
	}

	/** The address bytes of a literal (a zone such as {@code %eth0} dropped), never via DNS. */
	static Optional<byte[]> literal(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String address = text.trim();
		int zone = address.indexOf('%');
		if (zone >= 0) {
			address = address.substring(0, zone);
		}
		if (address.startsWith("[") && address.endsWith("]")) {
			address = address.substring(1, address.length() - 1);
		}
		if (address.isEmpty() || !LITERAL.matcher(address).matches()
				|| (!address.contains(":") && !address.matches("\\d{1,3}(\\.\\d{1,3}){3}"))) {
			return Optional.empty();
		}
		try {
			return Optional.of(InetAddress.getByName(address).getAddress());
		}
		catch (UnknownHostException e) {
			return Optional.empty();
		}
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof AddressRange range && prefix == range.prefix && Arrays.equals(network, range.network);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(network) + prefix;
	}

	@Override
	public String toString() {
		try {
			return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
		}
		catch (UnknownHostException e) {
			return Arrays.toString(network) + "/" + prefix;
		}
	}
}
