package com.broadsheet.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param sampleInterval how often the operations page's figures are sampled
 */
@ConfigurationProperties("broadsheet.operations")
public record OperationsProperties(@DefaultValue("5s") Duration sampleInterval) {
}
