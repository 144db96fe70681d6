package org.calfcare;

import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test helper (tests/python/test_log.py): check one log through the Java bindings and print the
 * host-neutral lines the test also makes from the CLI's JSON, so that CLI = Python = Java is shown
 * on every fixture. Arguments: FILE UNITS|- TZ UNTIL all|keep_duplicates|-. Exit 2 with the message
 * on stderr for a refused log.
 */
public final class LogDump {
    private LogDump() {}

    private static String num(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.6f", v);
    }

    /* The pace proxy's percentage and climbing (feet are metres / 0.3048): 4 decimals (the CLI prints 10 significant digits, which can round a
     * 7th-digit 5 either way). */
    private static String num4(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.4f", v);
    }

    public static void main(String[] args) throws Exception {
        String units = args[1].equals("-") ? null : args[1];
        boolean all = args[4].equals("all"), keep = args[4].equals("keep_duplicates");
        LogReport r;
        try {
            TrainingLog log = Progression.readLog(Paths.get(args[0]), args[2], units);
            r = Progression.checkLog(log, LocalDate.parse(args[3]), null, all, keep);
        } catch (CalfcareException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        StringBuilder sk = new StringBuilder();
        Map<String, Long> sorted = new TreeMap<>(r.log.skippedTypes);
        if (r.log.skippedOther > 0)
            sorted.put("(other)", r.log.skippedOther);
        for (Map.Entry<String, Long> e : sorted.entrySet())
            sk.append(sk.length() > 0 ? "," : "").append(e.getKey()).append('=').append(e.getValue());
        StringBuilder out = new StringBuilder();
        out.append("log ").append(r.log.format).append(' ').append(r.log.units).append(' ').append(r.runsCounted)
            .append(' ').append(r.duplicates).append(' ').append(r.zeroKmRuns).append(' ')
            .append(sk.length() > 0 ? sk : "-").append(' ').append(r.firstDate).append(' ').append(r.lastDate)
            .append(' ').append(r.until).append(' ').append(r.since).append('\n');
        for (LogReport.Week w : r.weeks) {
            out.append("week ").append(w.end).append(' ').append(num(w.km)).append(' ').append(num(w.changePct))
                .append(' ').append(w.overLimit ? 1 : 0);
            if (r.hasClimb)
                out.append(" climb ").append(num4(w.climb)).append(' ').append(num(w.climbChangePct)).append(' ')
                    .append(w.climbOverLimit ? 1 : 0);
            if (r.hasTime)
                out.append(" hard ").append(num(w.hardMin)).append(' ').append(num(w.hardChangePct)).append(' ')
                    .append(w.hardOverLimit ? 1 : 0);
            out.append('\n');
        }
        for (LogReport.Run x : r.runs) {
            out.append("run ").append(x.date).append(' ').append(x.line).append(' ').append(num(x.km)).append(' ')
                .append(num(x.spikePct)).append(' ').append(x.band).append(' ').append(x.duplicate ? 1 : 0);
            if (r.hasClimb)
                out.append(" climb ").append(num4(x.climb));
            if (r.hasTime)
                out.append(" pace ").append(num4(x.pacePct)).append(' ').append(x.hard == null ? "-" : x.hard ? "1" : "0");
            out.append('\n');
        }
        for (LogReport.Advice a : r.advice)
            out.append("advice ").append(a.code).append(' ').append(a.date).append(' ').append(a.count).append('\n');
        if (r.hasClimb)
            out.append("climb ").append(r.climbUnit).append(' ').append(num4(r.nextWeekMaxClimb)).append(' ')
                .append(r.climbMissing).append('\n');
        if (r.hasTime)
            out.append("hard ").append(num(r.nextWeekMaxHardMin)).append(' ').append(r.hardRuns).append(' ')
                .append(r.hardUnknown).append('\n');
        out.append("acwr ").append(num(r.acwrRatio)).append(' ').append(r.acwrBand).append(" next_run ")
            .append(num(r.nextRunMaxKm)).append('\n');
        System.out.print(out);
    }
}
