package com.broadsheet.content;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param keepAll how long every revision is kept; older ones are thinned to the last of
 * each day
 * @param pruneEvery how often one instance of the cluster prunes
 */
@ConfigurationProperties("broadsheet.revisions")
public record RevisionProperties(@DefaultValue("30d") Duration keepAll, @DefaultValue("1h") Duration pruneEvery) {
}
