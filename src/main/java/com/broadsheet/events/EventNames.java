package com.broadsheet.events;

/**
 * The declared name of an {@link IntegrationEvent} type, for code that needs it as text.
 */
public final class EventNames {

	private EventNames() {
	}

	/**
	 * @throws IllegalArgumentException if the type is not an integration event
	 */
	public static String of(Class<?> type) {
		IntegrationEvent annotation = type.getAnnotation(IntegrationEvent.class);
		if (annotation == null) {
			throw new IllegalArgumentException(type + " is not an @IntegrationEvent");
		}
		return annotation.value();
	}

}
