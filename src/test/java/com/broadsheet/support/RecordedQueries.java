package com.broadsheet.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.proxy.ParameterSetOperation;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Records every SQL statement the application runs, with its bind parameters, so a test
 * can look at the real queries (for example, EXPLAIN them) instead of copies.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RecordedQueries {

	public record Statement(String sql, List<Object> parameters) {
	}

	private final List<Statement> statements = Collections.synchronizedList(new ArrayList<>());

	@Bean
	static BeanPostProcessor recordingDataSource(RecordedQueries recorder) {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String name) {
				if (bean instanceof DataSource dataSource && name.equals("dataSource")) {
					return ProxyDataSourceBuilder.create(dataSource)
						.afterQuery((execution, queries) -> queries.forEach(recorder::record))
						.build();
				}
				return bean;
			}
		};
	}

	private void record(QueryInfo query) {
		List<Object> parameters = new ArrayList<>();
		if (!query.getParametersList().isEmpty()) {
			List<ParameterSetOperation> operations = new ArrayList<>(query.getParametersList().getFirst());
			operations.sort((a, b) -> Integer.compare((Integer) a.getArgs()[0], (Integer) b.getArgs()[0]));
			operations.forEach(operation -> parameters.add(operation.getArgs()[1]));
		}
		statements.add(new Statement(query.getQuery(), parameters));
	}

	/** Forgets what was recorded so far. */
	public void clear() {
		statements.clear();
	}

	public List<Statement> statements() {
		synchronized (statements) {
			return List.copyOf(statements);
		}
	}

}
