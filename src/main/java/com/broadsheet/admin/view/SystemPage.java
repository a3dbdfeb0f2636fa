package com.broadsheet.admin.view;

import java.util.List;

import com.broadsheet.operations.SystemSample;

/**
 * Model of {@code admin/system.jte}.
 *
 * @param cluster the latest figures of every instance, this one first
 */
public record SystemPage(AdminChrome chrome, String instance, long refreshSeconds, List<SystemSample> cluster) {
}
