package com.broadsheet.admin.view;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Byte counts as people read them: "2 MB", "1.5 MB", "512 KB". */
public final class Sizes {

	private Sizes() {
	}

	public static String readable(long bytes) {
		if (bytes >= 1024 * 1024) {
			return decimal(bytes, 1024 * 1024) + " MB";
		}
		if (bytes >= 1024) {
			return decimal(bytes, 1024) + " KB";
		}
		return bytes + " bytes";
	}

	private static String decimal(long bytes, long unit) {
		return BigDecimal.valueOf(bytes)
			.divide(BigDecimal.valueOf(unit), 1, RoundingMode.DOWN)
			.stripTrailingZeros()
			.toPlainString();
	}

}
