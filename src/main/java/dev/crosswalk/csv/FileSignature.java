package dev.crosswalk.csv;

/** Recognises files that are not CSV text from their first bytes, so each gets a reason a person can act on. */
final class FileSignature {

    /** The UTF-8 byte-order mark; readers skip it whatever the detected charset. */
    static final byte[] UTF8_BOM = bytes(0xEF, 0xBB, 0xBF);

    private static final byte[] GZIP = bytes(0x1F, 0x8B);
    private static final byte[] ZIP = bytes('P', 'K', 3, 4);
    private static final byte[] PDF = bytes('%', 'P', 'D', 'F');
    private static final byte[] OLE2 = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    private static final byte[] UTF16_BE_BOM = bytes(0xFE, 0xFF);
    private static final byte[] UTF16_LE_BOM = bytes(0xFF, 0xFE);

    static final String SAVE_AS_UTF8_CSV = "Open it in your spreadsheet and save it as UTF-8 CSV (comma delimited).";

    private FileSignature() {
    }

    /** Refuses gzip, ZIP (xlsx), PDF, old Excel and UTF-16/UTF-32 files, judged by the first bytes. */
    static void refuseNonText(byte[] head, int length) {
        if (startsWith(head, length, GZIP)) {
            throw new RejectedFileException("The file is gzip-compressed (.gz), not a CSV text file. "
                    + "Unpack it and drop the .csv file it contains.");
        }
        if (startsWith(head, length, ZIP)) {
            throw new RejectedFileException("The file is a ZIP archive, not a CSV text file: it may be an Excel "
                    + "workbook (.xlsx) or a zipped export. Open the workbook and export or save it as CSV, "
                    + "or unzip the export and drop the .csv file it contains.");
        }
        if (startsWith(head, length, PDF)) {
            throw new RejectedFileException("The file is a PDF document, not a CSV text file. "
                    + "Download the export in CSV format instead.");
        }
        if (startsWith(head, length, OLE2)) {
            throw new RejectedFileException("The file is an old-format Excel workbook (.xls), not a CSV text file. "
                    + SAVE_AS_UTF8_CSV);
        }
        if (startsWith(head, length, UTF16_BE_BOM) || startsWith(head, length, UTF16_LE_BOM)) {
            throw new RejectedFileException("The file is saved as UTF-16 or UTF-32 text (it starts with that "
                    + "byte-order mark), which Crosswalk does not read. " + SAVE_AS_UTF8_CSV);
        }
    }

    static boolean startsWith(byte[] head, int length, byte[] magic) {
        if (length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (head[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] bytes(int... values) {
        byte[] result = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = (byte) values[i];
        }
        return result;
    }
}
