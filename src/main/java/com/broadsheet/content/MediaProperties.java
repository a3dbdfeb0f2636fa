package com.broadsheet.content;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * @param maxSize the largest image the media library accepts; upload routes and the
 * multipart parser take their limit from here
 */
@ConfigurationProperties("broadsheet.media")
public record MediaProperties(@DefaultValue("2MB") DataSize maxSize) {
}
