package dev.crosswalk.report;

import static dev.crosswalk.report.Html.escape;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Small inline SVG charts for report pages: no script, no network, scale with the page and print. Every chart
 * carries its numbers in text (labels, totals, tooltips), so it reads without colours too.
 */
public final class Svg {

    /** One named series of values, aligned with the chart's labels; its colour by index, or by its position. */
    public record Series(String name, double[] values, int colour, boolean dashed) {

        public Series(String name, double[] values) {
            this(name, values, -1, false);
        }
    }

    private static final String[] COLOURS = {"#2f6fb0", "#e08a1e", "#3a9a5b", "#c0392b", "#8e5ea2", "#7f8c8d",
        "#d4b106", "#16a2b8"};
    private static final int WIDTH = 760;
    private static final int LEFT = 170;

    private Svg() {
    }

    public static String colour(int index) {
        return COLOURS[index % COLOURS.length];
    }

    private static String colour(List<Series> series, int index) {
        int c = series.get(index).colour();
        return colour(c >= 0 ? c : index);
    }

    /** Horizontal bars, one per category, each split into the series' segments, with the total at its end. */
    public static String stackedBars(String title, List<String> categories, List<Series> series) {
        int row = 26;
        int top = 6;
        int height = top + categories.size() * row + 10;
        double max = 0;
        for (int c = 0; c < categories.size(); c++) {
            max = Math.max(max, total(series, c));
        }
        StringBuilder out = open(title, height);
        double scale = max == 0 ? 0 : (WIDTH - LEFT - 70) / max;
        for (int c = 0; c < categories.size(); c++) {
            int y = top + c * row;
            out.append(text(LEFT - 8, y + 15, "end", categories.get(c)));
            double x = LEFT;
            for (int s = 0; s < series.size(); s++) {
                double v = series.get(s).values()[c];
                if (v > 0) {
                    out.append(rect(x, y + 2, v * scale, row - 8, colour(series, s),
                            series.get(s).name() + ": " + number(v)));
                    x += v * scale;
                }
            }
            out.append(text((int) x + 6, y + 15, "start", number(total(series, c))));
        }
        return figure(out, series);
    }

    /** Vertical columns, one per label, stacked by series; for counts over time. */
    public static String columns(String title, List<String> labels, List<Series> series) {
        int height = 200;
        int bottom = height - 40;
        int top = 14;
        double max = 0;
        for (int i = 0; i < labels.size(); i++) {
            max = Math.max(max, total(series, i));
        }
        double step = labels.isEmpty() ? 0 : (double) (WIDTH - 80) / labels.size();
        double scale = max == 0 ? 0 : (bottom - top) / max;
        double width = Math.min(step * 0.7, 36);
        StringBuilder out = open(title, height).append(axis(max, top, bottom));
        for (int i = 0; i < labels.size(); i++) {
            double x = 60 + i * step;
            double y = bottom;
            for (int s = 0; s < series.size(); s++) {
                double v = series.get(s).values()[i];
                if (v > 0) {
                    y -= v * scale;
                    out.append(rect(x + (step - width) / 2, y, width, v * scale, colour(series, s),
                            labels.get(i) + " " + series.get(s).name() + ": " + number(v)));
                }
            }
            out.append(xLabel(labels, i, x + step / 2, bottom));
        }
        return figure(out, series);
    }

    /** Lines over labelled points (e.g. months), one per series, with a zero line when values go negative. */
    public static String lines(String title, List<String> labels, List<Series> series) {
        int height = 230;
        int bottom = height - 40;
        int top = 14;
        double max = 0;
        double min = 0;
        for (Series s : series) {
            for (double v : s.values()) {
                max = Math.max(max, v);
                min = Math.min(min, v);
            }
        }
        double span = max - min == 0 ? 1 : max - min;
        double step = labels.size() < 2 ? 0 : (double) (WIDTH - 110) / (labels.size() - 1);
        StringBuilder out = open(title, height).append(axis(max, top, bottom));
        double zero = bottom - (0 - min) / span * (bottom - top);
        out.append(f("<line x1=\"60\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"#999\"/>", WIDTH - 20,
                zero, zero));
        out.append(text(54, bottom + 4, "end", compact(min)));
        for (int s = 0; s < series.size(); s++) {
            StringBuilder points = new StringBuilder();
            for (int i = 0; i < labels.size(); i++) {
                double v = series.get(s).values()[i];
                double x = 75 + i * step;
                double y = bottom - (v - min) / span * (bottom - top);
                points.append(f("%.1f,%.1f ", x, y));
                out.append(f("<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"><title>%s</title>"
                        + "</circle>", x, y, colour(series, s), escape(labels.get(i) + " " + series.get(s).name() + ": "
                        + number(v))));
            }
            out.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour(series, s))
                    .append(series.get(s).dashed() ? "\" stroke-dasharray=\"6 4" : "")
                    .append("\" points=\"").append(points.toString().trim()).append("\"/>");
        }
        for (int i = 0; i < labels.size(); i++) {
            out.append(xLabel(labels, i, 75 + i * step, bottom));
        }
        return figure(out, series);
    }

    private static StringBuilder open(String title, int height) {
        return new StringBuilder(f("<svg "
                + "viewBox=\"0 0 %d %d\" width=\"100%%\" role=\"img\" aria-label=\"%s\"><title>%s</title>", WIDTH,
                height, escape(title), escape(title)));
    }

    /** The chart and its legend (HTML, so it wraps) in one figure. */
    private static String figure(StringBuilder svg, List<Series> series) {
        StringBuilder out = new StringBuilder("<figure class=\"chart\">").append(svg).append("</svg>")
                .append("<figcaption class=\"legend\">");
        for (int s = 0; s < series.size(); s++) {
            out.append(series.get(s).dashed() ? "<span><i class=\"dashed\" style=\"border-color:"
                    : "<span><i style=\"background:")
                    .append(colour(series, s)).append("\"></i>")
                    .append(escape(series.get(s).name())).append("</span> ");
        }
        return out.append("</figcaption></figure>").toString();
    }

    private static String axis(double max, int top, int bottom) {
        return f("<line x1=\"60\" x2=\"60\" y1=\"%d\" y2=\"%d\" stroke=\"#999\"/>", top, bottom)
                + f("<line x1=\"60\" x2=\"%d\" y1=\"%d\" y2=\"%d\" stroke=\"#eee\"/>", WIDTH - 20, top,
                top) + text(54, top + 4, "end", compact(max));
    }

    /** At most about 12 labels along the x axis, always the first and the last. */
    private static String xLabel(List<String> labels, int i, double x, int bottom) {
        int every = Math.max(1, (int) Math.ceil(labels.size() / 12.0));
        if (i % every != 0 && i != labels.size() - 1) {
            return "";
        }
        return text((int) x, bottom + 16, "middle", labels.get(i));
    }

    private static String rect(double x, double y, double w, double h, String fill, String tooltip) {
        return f("<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s"
                + "</title></rect>", x, y, Math.max(w, 1), h, fill, escape(tooltip));
    }

    private static String text(int x, int y, String anchor, String value) {
        return f("<text x=\"%d\" y=\"%d\" text-anchor=\"%s\" font-size=\"12\">%s</text>", x, y, anchor,
                escape(value));
    }

    private static double total(List<Series> series, int index) {
        double sum = 0;
        for (Series s : series) {
            sum += s.values()[index];
        }
        return sum;
    }

    private static String f(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** An axis label: 2817.45 → 2.8k, 12000 → 12k. */
    static String compact(double v) {
        double a = Math.abs(v);
        if (a >= 10_000) {
            return number(Math.round(v / 1000)) + "k";
        }
        if (a >= 1000) {
            return number(Math.round(v / 100) / 10.0) + "k";
        }
        return number(v);
    }

    /** Whole numbers without decimals, others with two. */
    static String number(double v) {
        BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }
}
