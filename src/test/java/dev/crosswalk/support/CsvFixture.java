package dev.crosswalk.support;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes a CSV file as an export would: RFC 4180 quoting where needed, chosen delimiter, charset and BOM. */
public final class CsvFixture {

    private final List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private char delimiter = ',';
    private Charset charset = StandardCharsets.UTF_8;
    private boolean bom;

    public CsvFixture(List<String> header) {
        this.header = header;
    }

    public CsvFixture delimiter(char value) {
        this.delimiter = value;
        return this;
    }

    public CsvFixture charset(Charset value, boolean withBom) {
        this.charset = value;
        this.bom = withBom;
        return this;
    }

    public CsvFixture row(List<String> values) {
        rows.add(values);
        return this;
    }

    public int size() {
        return rows.size();
    }

    public Path write(Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        if (bom) {
            out.append('\uFEFF');
        }
        line(out, header);
        rows.forEach(r -> line(out, r));
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, out.toString().getBytes(charset));
        return file;
    }

    private void line(StringBuilder out, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            String v = values.get(i) == null ? "" : values.get(i);
            if (v.indexOf(delimiter) >= 0 || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
                out.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                out.append(v);
            }
        }
        out.append("\r\n");
    }
}
