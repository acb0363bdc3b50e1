package com.clinicfaq.chatbot.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Renders an {@link EvaluationReport} as one self-contained HTML page (no scripts, no external files): the headline
 * figures, the per-intent table and a heat map of the most frequent confusions.
 */
public final class HtmlReport {

	private static final int HEAT_MAP_LABELS = 40;

	private HtmlReport() {
	}

	public static String render(EvaluationReport report, String title) {
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
			.append(escape(title))
			.append("</title>\n<style>")
			.append("body{font-family:system-ui,sans-serif;margin:2em;color:#222}")
			.append("table{border-collapse:collapse;margin:1em 0}")
			.append("td,th{border:1px solid #ccc;padding:3px 6px;font-size:13px}")
			.append("td.n{text-align:right}th.r{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}")
			.append(".heat td{width:18px;height:18px;padding:0;text-align:center;font-size:10px}")
			.append("</style></head><body>\n<h1>")
			.append(escape(title))
			.append("</h1>\n");
		summary(html, report);
		perIntent(html, report);
		heatMap(html, report);
		html.append("</body></html>\n");
		return html.toString();
	}

	private static void summary(StringBuilder html, EvaluationReport report) {
		html.append("<table><tbody>\n");
		row(html, "In-scope accuracy", percent(report.inScopeAccuracy()));
		row(html, "Out-of-scope recall (handed off)", percent(report.oosRecall()));
		row(html, "Out-of-scope precision", percent(report.oosPrecision()));
		row(html, "Accuracy (out of scope counted as a label)", percent(report.accuracy()));
		row(html, "Macro F1", percent(report.macroF1()));
		row(html, "Threshold", String.format(Locale.ROOT, "%.3f", report.threshold()));
		row(html, "Test messages", report.examples() + " (" + report.oosExamples() + " out of scope)");
		row(html, "Intents", Integer.toString(report.intents()));
		row(html, "Training time", String.format(Locale.ROOT, "%.2f s", report.trainSeconds()));
		html.append("</tbody></table>\n");
	}

	private static void row(StringBuilder html, String name, String value) {
		html.append("<tr><th>").append(escape(name)).append("</th><td class=\"n\">").append(value).append("</td></tr>\n");
	}

	private static void perIntent(StringBuilder html, EvaluationReport report) {
		html.append("<h2>Per intent</h2>\n<table><thead><tr><th>intent</th><th>precision</th><th>recall</th>")
			.append("<th>F1</th><th>support</th></tr></thead><tbody>\n");
		report.perIntent().forEach((intent, score) -> html.append("<tr><td>")
			.append(escape(intent))
			.append("</td><td class=\"n\">")
			.append(percent(score.precision()))
			.append("</td><td class=\"n\">")
			.append(percent(score.recall()))
			.append("</td><td class=\"n\" style=\"background:")
			.append(color(1 - score.f1()))
			.append("\">")
			.append(percent(score.f1()))
			.append("</td><td class=\"n\">")
			.append(score.support())
			.append("</td></tr>\n"));
		html.append("</tbody></table>\n");
	}

	private static void heatMap(StringBuilder html, EvaluationReport report) {
		html.append("<h2>Most frequent confusions</h2>\n");
		if (report.confusions().isEmpty()) {
			html.append("<p>No confusions.</p>\n");
			return;
		}
		Set<String> labels = new LinkedHashSet<>();
		Map<String, Integer> cells = new HashMap<>();
		int max = 1;
		for (Confusion confusion : report.confusions()) {
			if (labels.size() >= HEAT_MAP_LABELS) {
				break;
			}
			labels.add(confusion.expected());
			labels.add(confusion.predicted());
			cells.put(confusion.expected() + "\u0000" + confusion.predicted(), confusion.count());
			max = Math.max(max, confusion.count());
		}
		List<String> axis = new ArrayList<>(labels);
		axis.sort(null);
		html.append("<p>Rows: expected label; columns: predicted label; darker is more frequent.</p>\n")
			.append("<table class=\"heat\"><thead><tr><th></th>");
		for (String label : axis) {
			html.append("<th class=\"r\">").append(escape(label)).append("</th>");
		}
		html.append("</tr></thead><tbody>\n");
		for (String expected : axis) {
			html.append("<tr><th>").append(escape(expected)).append("</th>");
			for (String predicted : axis) {
				Integer count = cells.get(expected + "\u0000" + predicted);
				if (count == null) {
					html.append("<td></td>");
				}
				else {
					html.append("<td title=\"")
						.append(escape(expected + " \u2192 " + predicted + ": " + count))
						.append("\" style=\"background:")
						.append(color((double) count / max))
						.append("\">")
						.append(count)
						.append("</td>");
				}
			}
			html.append("</tr>\n");
		}
		html.append("</tbody></table>\n<table><thead><tr><th>expected</th><th>predicted</th><th>count</th></tr>")
			.append("</thead><tbody>\n");
		for (Confusion confusion : report.confusions()) {
			html.append("<tr><td>")
				.append(escape(confusion.expected()))
				.append("</td><td>")
				.append(escape(confusion.predicted()))
				.append("</td><td class=\"n\">")
				.append(confusion.count())
				.append("</td></tr>\n");
		}
		html.append("</tbody></table>\n");
	}

	private static String color(double intensity) {
		double clamped = Math.max(0, Math.min(1, intensity));
		int other = (int) Math.round(255 * (1 - 0.75 * clamped));
		return String.format(Locale.ROOT, "rgb(255,%d,%d)", other, other);
	}

	private static String percent(Double value) {
		return (value == null) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * value);
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

}
