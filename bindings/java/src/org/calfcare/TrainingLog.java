package org.calfcare;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.calfcare.capi.LogRunArray;
import org.calfcare.capi.calfcare_log_reader;
import org.calfcare.capi.calfcare_log_run;
import org.calfcare.capi.capi;

/**
 * A training log read by the library ({@link Progression#readLog}): the library detects the format
 * from the header and parses each row; Java only splits the CSV (Apache Commons CSV) and gives
 * UTC-stamped runs (Strava) their offset in the runner's zone from java.time's tzdata.
 */
public final class TrainingLog {
    /** Where the log came from (the path as given). */
    public final String path;
    /** Format word: "calfcare", "strava", "strava_old" or "garmin". */
    public final String format;
    /** Units of the file's distance column: "km", "mi" or "m" (runs hold km). */
    public final String units;
    /** "utc" when the format stamps times in UTC (then put on local days in {@link #tz}), else "local". */
    public final String times;
    /** The zone that put UTC times on local days. */
    public final String tz;
    /** Data rows read. */
    public final long rows;
    /** Blank lines (counted, not read). */
    public final int blankLines;
    /** Activity types left out (rides, walks...) and their counts, in order of first appearance. */
    public final Map<String, Long> skippedTypes;
    /** Rows of other types beyond the named ones. */
    public final long skippedOther;
    /** Extra columns of our own format, ignored. */
    public final List<String> ignoredColumns;
    /** Strava rows whose two distance columns were compared. */
    public final long crossChecked;
    final LogRunArray runs;
    final int runCount;

    private TrainingLog(String path, calfcare_log_reader r, String tz, int blank, List<String> header,
                        LogRunArray runs, int runCount) {
        this.path = path;
        this.format = capi.calfcare_log_format_name(r.getFormat());
        this.units = capi.calfcare_log_units_name(r.getUnits());
        this.times = r.getTimes_utc() != 0 ? "utc" : "local";
        this.tz = tz;
        this.rows = r.getRows();
        this.blankLines = blank;
        Map<String, Long> skipped = new LinkedHashMap<>();
        for (long i = 0; r.skipped_count(i) != 0; i++)
            skipped.put(r.skipped_name(i), r.skipped_count(i));
        this.skippedTypes = Collections.unmodifiableMap(skipped);
        this.skippedOther = r.getSkipped_other();
        List<String> ignored = new ArrayList<>();
        if (r.getFormat() == capi.CALFCARE_LOG_FORMAT_CALFCARE)
            for (int k = 0; k < header.size(); k++)
                if (capi.calfcare_log_column_role(r, k) == capi.CALFCARE_LOG_COL_IGNORED)
                    ignored.add(header.get(k));
        this.ignoredColumns = Collections.unmodifiableList(ignored);
        this.crossChecked = r.getCross_checked();
        this.runs = runs;
        this.runCount = runCount;
    }

    /** @return the number of runs read (other activities left out). */
    public int runCount() { return runCount; }

    /** @return rows of other activities, counted and left out. */
    public long nonRuns() {
        long n = skippedOther;
        for (long c : skippedTypes.values())
            n += c;
        return n;
    }

    static int unitsCode(String units) {
        if (units == null)
            return capi.CALFCARE_LOG_UNITS_UNKNOWN;
        if (units.equals("km"))
            return capi.CALFCARE_LOG_UNITS_KM;
        if (units.equals("mi"))
            return capi.CALFCARE_LOG_UNITS_MI;
        throw InvalidInputException.of("units", "units: unknown word '" + units + "'; accepted: km|mi");
    }

    static ZoneId zone(String tz) {
        if (tz == null)
            return ZoneId.systemDefault();
        try {
            return ZoneId.of(tz);
        } catch (RuntimeException e) {
            throw InvalidInputException.of("tz", "tz: '" + tz + "' is not a time zone of the tzdata (an IANA name "
                                                 + "such as Europe/Berlin or America/New_York)");
        }
    }

    /** The library's error with where it happened: FILE:LINE: message (column C, 'name'). */
    static CalfcareException located(CalfcareException e, String where, calfcare_log_reader r, List<String> header) {
        long col = r == null ? 0 : r.getError_column();
        String msg = e.getMessage();
        if (col > 0 && header != null && col <= header.size()) {
            String name = header.get((int) col - 1);
            msg += " (column " + col + ", '" + (name.length() > 40 ? name.substring(0, 40) : name) + "')";
        }
        return new InvalidInputException(where + ": " + msg, e.status(), e.statusName(), e.field(), e.value(),
                                         e.min(), e.max());
    }

    static TrainingLog read(Path file, String tz, String units) throws IOException {
        String path = file.toString();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                .toString();
        } catch (CharacterCodingException e) {
            throw InvalidInputException.of("log", path + ": not UTF-8 text");
        }
        if (text.startsWith("\uFEFF"))
            text = text.substring(1); // UTF-8 byte order mark
        ZoneId zone = zone(tz);
        calfcare_log_reader r = new calfcare_log_reader();
        capi.calfcare_log_reader_init(r, unitsCode(units));
        List<String> header = null;
        List<calfcare_log_run> list = new ArrayList<>();
        int blank = 0;
        long lastLine = 0;
        CSVFormat fmt = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), fmt)) {
            for (CSVRecord rec : parser) {
                long line = lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                String[] fields = new String[rec.size()];
                for (int i = 0; i < fields.length; i++)
                    fields[i] = rec.get(i);
                if (fields.length == 0 || (fields.length == 1 && fields[0].trim().isEmpty())) {
                    blank++;
                    continue;
                }
                if (header == null) {
                    header = new ArrayList<>();
                    Collections.addAll(header, fields);
                    try {
                        capi.calfcare_log_header(r, fields, line);
                    } catch (CalfcareException e) {
                        throw located(e, path + ":" + (r.getError_line() != 0 ? r.getError_line() : line), r, null);
                    }
                    continue;
                }
                calfcare_log_run run = new calfcare_log_run();
                try {
                    capi.calfcare_log_row(r, fields, line, run);
                } catch (CalfcareException e) {
                    throw located(e, path + ":" + (r.getError_line() != 0 ? r.getError_line() : line), r, header);
                }
                if (run.getKind() == capi.CALFCARE_LOG_ROW_RUN) {
                    if (run.getUtc() != 0) {
                        Instant at = Instant.ofEpochSecond((long) Math.floor(run.getStart_s()));
                        capi.calfcare_log_run_localize(run, zone.getRules().getOffset(at).getTotalSeconds());
                    }
                    list.add(run);
                }
            }
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            throw InvalidInputException.of("log", path + ":" + (lastLine + 1) + ": malformed CSV (" + e.getMessage()
                                                  + "): check the quotes");
        }
        if (header == null)
            throw InvalidInputException.of("log", path + ": the file is empty (no header)");
        if (list.isEmpty())
            throw InvalidInputException.of("log", path + ": no runs in the log (" + r.getSkipped() + " other activities, "
                                                  + blank + " blank lines)");
        LogRunArray arr = new LogRunArray(list.size());
        for (int i = 0; i < list.size(); i++)
            arr.set(i, list.get(i));
        return new TrainingLog(path, r, tz == null ? zone.getId() : tz, blank, header, arr, list.size());
    }
}
