package com.broadsheet.events;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.broadsheet.BroadsheetApplication;

import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/** The catalogue of {@link IntegrationEvent} types, found on the classpath at startup. */
@Component
class EventTypes {

	private final Map<String, Class<?>> byName = new HashMap<>();

	private final Map<Class<?>, String> byClass = new HashMap<>();

	EventTypes() {
		var scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(new AnnotationTypeFilter(IntegrationEvent.class));
		for (var candidate : scanner.findCandidateComponents(BroadsheetApplication.class.getPackageName())) {
			Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), getClass().getClassLoader());
			String name = type.getAnnotation(IntegrationEvent.class).value();
			Class<?> previous = byName.put(name, type);
			if (previous != null) {
				throw new IllegalStateException("Event name '" + name + "' used by " + previous + " and " + type);
			}
			byClass.put(type, name);
		}
	}

	Optional<String> nameOf(Class<?> type) {
		return Optional.ofNullable(byClass.get(type));
	}

	/**
	 * @throws IllegalArgumentException for a class that is not an integration event
	 */
	String requireName(Class<?> type) {
		return nameOf(type).orElseThrow(() -> new IllegalArgumentException(type + " is not an @IntegrationEvent"));
	}

	Optional<Class<?>> classOf(String name) {
		return Optional.ofNullable(byName.get(name));
	}

	Map<String, Class<?>> all() {
		return Map.copyOf(byName);
	}

}
