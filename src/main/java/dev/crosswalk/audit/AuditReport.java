package dev.crosswalk.audit;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One audit: every audit view's rows (view name → rows), what is beyond the retention settings (one row per
 * setting with something due: files as well as records, so not a view), when and why it ran, and the files written.
 */
public record AuditReport(long run, String trigger, LocalDate day, Instant generatedAt,
        Map<String, List<Map<String, Object>>> views, List<Map<String, Object>> retentionDue, Path html, Path json) {

    /**
     * The JSON document: {@code run}, {@code trigger}, {@code day}, {@code generated_at}, {@code views} by name,
     * {@code retention_due}.
     */
    public Map<String, Object> document() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("run", run);
        doc.put("trigger", trigger);
        doc.put("day", day);
        doc.put("generated_at", generatedAt);
        doc.put("views", views);
        doc.put("retention_due", retentionDue);
        return doc;
    }

    public List<Map<String, Object>> rows(String view) {
        return views.getOrDefault(view, List.of());
    }
}
