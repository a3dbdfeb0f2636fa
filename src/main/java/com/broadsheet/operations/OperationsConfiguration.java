package com.broadsheet.operations;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

import com.broadsheet.platform.PlatformProperties;
import com.broadsheet.platform.PollingLoop;
import com.broadsheet.platform.RedisSettings;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OperationsProperties.class)
class OperationsConfiguration {

	@Bean
	SystemMetrics systemMetrics(MeterRegistry meters, Clock clock, JsonMapper json, RedisSettings redis,
			ObjectProvider<StringRedisTemplate> template, PlatformProperties platform,
			OperationsProperties properties) {
		Duration interval = properties.sampleInterval();
		String instance = platform.instanceId();
		ClusterBoard board = new ClusterBoard(redis.enabled() ? template.getIfAvailable() : null, json, clock,
				redis.keyPrefix(), interval);
		return new SystemMetrics(new InstanceSampler(meters, clock, instance), board, instance, interval);
	}

	@Bean
	PollingLoop systemMetricsSampling(SystemMetrics metrics, OperationsProperties properties) {
		Duration interval = properties.sampleInterval();
		return new PollingLoop("system-metrics", () -> {
			metrics.sample();
			return interval;
		}, interval);
	}

}
