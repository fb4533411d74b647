package com.dossier.shared.web;

import java.lang.reflect.Type;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Map;

import com.dossier.shared.FieldErrors;
import com.dossier.shared.Text;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * No JSON body brings text that cannot be stored: a NUL or a lone surrogate (both valid
 * JSON escapes) anywhere in a request body is a field error naming where it was
 * ({@code data.remark}, {@code reason}), and nothing is saved. Forms and Excel are
 * checked where their values are read (the handbook's field rules).
 */
@ControllerAdvice
class RequestTextGuard extends RequestBodyAdviceAdapter {

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage input, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		FieldErrors errors = new FieldErrors();
		check(body, "", errors);
		errors.throwIfAny();
		return body;
	}

	private static void check(Object value, String path, FieldErrors errors) {
		if (value instanceof String s) {
			if (Text.hasForbiddenCharacters(s)) {
				errors.reject(path.isEmpty() ? "body" : path, "field.invalid_character");
			}
		}
		else if (value instanceof Map<?, ?> map) {
			map.forEach((k, v) -> {
				String key = String.valueOf(k);
				if (Text.hasForbiddenCharacters(key)) {
					errors.reject(path.isEmpty() ? "body" : path, "field.invalid_character");
				}
				else {
					check(v, join(path, key), errors);
				}
			});
		}
		else if (value instanceof Collection<?> items) {
			int i = 0;
			for (Object item : items) {
				check(item, path + "[" + i++ + "]", errors);
			}
		}
		else if (value != null && value.getClass().isRecord()) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				check(read(component, value), join(path, component.getName()), errors);
			}
		}
	}

	private static Object read(RecordComponent component, Object record) {
		try {
			component.getAccessor().setAccessible(true);
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException e) {
			throw new IllegalStateException("cannot read " + component, e);
		}
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}

}
