/**
 * What boots and runs the process: the embedded PostgreSQL default and the connection
 * budget, which infrastructure is configured (Redis, RabbitMQ) and the one circuit
 * breaker in front of Redis, web server tuning, the drain on shutdown, health statuses,
 * the cluster-safe task scheduler and the polling loop for background work.
 */
@ApplicationModule(displayName = "Platform")
package com.broadsheet.platform;

import org.springframework.modulith.ApplicationModule;
