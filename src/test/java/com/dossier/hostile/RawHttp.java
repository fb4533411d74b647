package com.dossier.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * One HTTP/1.1 request written byte for byte on a socket: what no well-behaved client
 * library sends (a forged Host, {@code %00} in the path, headers past the server's
 * limit). Returns the response's status line and headers.
 */
final class RawHttp {

	private RawHttp() {
	}

	static String head(int port, String request) {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream head = new ByteArrayOutputStream();
			int b;
			while ((b = in.read()) >= 0) {
				head.write(b);
				String text = head.toString(StandardCharsets.ISO_8859_1);
				if (text.endsWith("\r\n\r\n")) {
					return text;
				}
			}
			return head.toString(StandardCharsets.ISO_8859_1);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String get(int port, String target, String... headers) {
		StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\n");
		boolean host = false;
		for (String header : headers) {
			request.append(header).append("\r\n");
			host |= header.regionMatches(true, 0, "Host:", 0, 5);
		}
		if (!host) {
			request.append("Host: 127.0.0.1:").append(port).append("\r\n");
		}
		return head(port, request.append("Connection: close\r\n\r\n").toString());
	}

}
