package com.dossier.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the server's request threads execute, so that a test can hold
 * a request to the number of statements it may cost (issue 20). The application's
 * DataSource is wrapped in proxies (no library: the JDBC interfaces are enough); only
 * threads of the embedded server are recorded, so the test's own queries and background
 * jobs do not count.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

	/**
	 * Recorded for each commit of a transaction: a round trip, as a statement is.
	 */
	public static final String COMMIT = "COMMIT";

	private static final List<String> statements = new ArrayList<>();

	private static volatile boolean recording;

	/**
	 * The statements the server ran while {@code action} did its requests, in order, and
	 * {@link #COMMIT} for each transaction it committed.
	 */
	public static synchronized <T> List<String> during(Supplier<T> action) {
		synchronized (statements) {
			statements.clear();
			recording = true;
		}
		try {
			action.get();
		}
		finally {
			recording = false;
		}
		synchronized (statements) {
			return List.copyOf(statements);
		}
	}

	@Bean
	static BeanPostProcessor countingDataSource() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				return bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))
						? proxy(DataSource.class, dataSource, null) : bean;
			}
		};
	}

	private static void record(String sql) {
		if (recording && Thread.currentThread().getName().startsWith("http-nio")) {
			synchronized (statements) {
				statements.add(sql);
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static <T> T proxy(Class<T> type, Object target, String sql) {
		InvocationHandler handler = (p, method, args) -> {
			if (type == Connection.class && method.getName().equals("commit")) {
				record(COMMIT);
			}
			if (type == Statement.class || Statement.class.isAssignableFrom(type)) {
				if (method.getName().startsWith("execute")) {
					record(sql != null ? sql : args != null && args.length > 0 ? String.valueOf(args[0]) : "?");
				}
			}
			Object result = invoke(method, target, args);
			return wrap(method, result, args);
		};
		return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] { type }, handler);
	}

	private static Object wrap(Method method, Object result, Object[] args) {
		if (result instanceof Connection connection && method.getName().equals("getConnection")) {
			return proxy(Connection.class, connection, null);
		}
		if (result instanceof Statement statement && !Proxy.isProxyClass(result.getClass())) {
			String sql = args != null && args.length > 0 && args[0] instanceof String s ? s : null;
			Class<? extends Statement> type = switch (method.getName()) {
				case "prepareCall" -> java.sql.CallableStatement.class;
				case "prepareStatement" -> java.sql.PreparedStatement.class;
				default -> Statement.class;
			};
			return proxy(type, statement, sql);
		}
		return result;
	}

	private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
		if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> c
				&& c.isInstance(target)) {
			return target;
		}
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException e) {
			throw e.getCause();
		}
	}

}
