package com.broadsheet.admin.view;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;

/**
 * A line diff between two texts (java-diff-utils' Myers diff), with long unchanged
 * stretches folded to a few lines of context around each change.
 */
public final class TextDiff {

	/** Unchanged lines kept on each side of a change. */
	static final int CONTEXT = 3;

	private TextDiff() {
	}

	/**
	 * One line of a diff.
	 *
	 * @param kind {@code same}, {@code added}, {@code removed}, or {@code folded} (then
	 * {@code text} says how many unchanged lines were left out)
	 */
	public record Line(String kind, String text) {

		public String marker() {
			return switch (kind) {
				case "added" -> "+";
				case "removed" -> "−";
				default -> " ";
			};
		}

	}

	/** From {@code before} to {@code after}; empty when they are the same. */
	public static List<Line> between(String before, String after) {
		List<String> from = lines(before);
		List<String> to = lines(after);
		Patch<String> patch = DiffUtils.diff(from, to);
		if (patch.getDeltas().isEmpty()) {
			return List.of();
		}
		List<Line> all = new ArrayList<>();
		int position = 0;
		for (AbstractDelta<String> delta : patch.getDeltas()) {
			while (position < delta.getSource().getPosition()) {
				all.add(new Line("same", from.get(position++)));
			}
			delta.getSource().getLines().forEach(line -> all.add(new Line("removed", line)));
			delta.getTarget().getLines().forEach(line -> all.add(new Line("added", line)));
			position = delta.getSource().getPosition() + delta.getSource().size();
		}
		while (position < from.size()) {
			all.add(new Line("same", from.get(position++)));
		}
		return fold(all);
	}

	private static List<Line> fold(List<Line> all) {
		List<Line> folded = new ArrayList<>();
		int i = 0;
		while (i < all.size()) {
			if (!all.get(i).kind().equals("same")) {
				folded.add(all.get(i++));
				continue;
			}
			int end = i;
			while (end < all.size() && all.get(end).kind().equals("same")) {
				end++;
			}
			int keepBefore = i == 0 ? 0 : CONTEXT;
			int keepAfter = end == all.size() ? 0 : CONTEXT;
			if (end - i <= keepBefore + keepAfter + 1) {
				folded.addAll(all.subList(i, end));
			}
			else {
				folded.addAll(all.subList(i, i + keepBefore));
				int left = end - i - keepBefore - keepAfter;
				folded.add(new Line("folded", left + (left == 1 ? " unchanged line" : " unchanged lines")));
				folded.addAll(all.subList(end - keepAfter, end));
			}
			i = end;
		}
		return folded;
	}

	private static List<String> lines(String text) {
		return text == null || text.isEmpty() ? List.of() : List.of(text.split("\r?\n", -1));
	}

}
