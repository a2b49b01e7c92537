package dev.betterauth.autoconfigure.e2e;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts every statement the application prepares, through JPA or plain JDBC alike, by
 * wrapping the DataSource.
 */
final class StatementCounter implements BeanPostProcessor {

	static final AtomicLong prepared = new AtomicLong();

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof DataSource dataSource)) {
			return bean;
		}
		return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] { DataSource.class },
				forward(dataSource, (target, method, args) -> {
					Object result = invoke(target, method, args);
					return (result instanceof Connection connection) ? countingConnection(connection) : result;
				}));
	}

	private static Connection countingConnection(Connection connection) {
		return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
				new Class<?>[] { Connection.class }, forward(connection, (target, method, args) -> {
					String name = method.getName();
					if (name.equals("prepareStatement") || name.equals("prepareCall")
							|| name.equals("createStatement")) {
						prepared.incrementAndGet();
					}
					return invoke(target, method, args);
				}));
	}

	private interface Call {

		Object apply(Object target, Method method, Object[] args) throws Throwable;

	}

	private static InvocationHandler forward(Object target, Call call) {
		return (proxy, method, args) -> {
			if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> type
					&& type.isInstance(target)) {
				return target;
			}
			return call.apply(target, method, args);
		};
	}

	private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
		try {
			return method.invoke(target, args);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

}
