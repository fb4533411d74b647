package com.dossier.account;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;

import org.springframework.core.ConfigurableObjectInputStream;

/**
 * Java serialisation for the session values {@link SessionJson} has no JSON form for, and
 * for sessions an earlier version stored. Reading admits only the JDK's, Spring's and the
 * application's own classes (and arrays of them): stored bytes cannot build an object of
 * any other library on the class path.
 */
final class JavaForm {

	static final ObjectInputFilter CLASSES = ObjectInputFilter.Config
		.createFilter("maxdepth=20;java.**;org.springframework.**;com.dossier.**;!*");

	private JavaForm() {
	}

	static byte[] write(Object value) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
			out.writeObject(value);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return bytes.toByteArray();
	}

	static Object read(byte[] bytes) {
		try (ObjectInputStream in = new ConfigurableObjectInputStream(new ByteArrayInputStream(bytes),
				JavaForm.class.getClassLoader())) {
			in.setObjectInputFilter(CLASSES);
			return in.readObject();
		}
		catch (IOException | ClassNotFoundException e) {
			throw new IllegalArgumentException("not a readable session value: " + e, e);
		}
	}

}
