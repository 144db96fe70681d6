package org.calfcare;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.calfcare.capi.calfcare_params_field;
import org.calfcare.capi.capi;
import org.junit.Test;

/**
 * The ranges, units and defaults the Javadoc of the builders (Relief.Params, Progression.Params,
 * Progression.PlanParams) states are the rows of the library's parameter tables
 * (calfcare_params_field_at): the setters' comments are typed by hand, so this reads them from the
 * source ($top_srcdir, set by make check) and compares. Every row must be documented once.
 *
 * The form each setter's {@code @param} follows: {@code <what>: MIN..MAX UNIT, default D} (no unit
 * when the row has none; a required row states no default; a row with a "not given" value names it,
 * e.g. "until the target"); a choice {@code <what>, default WORD}, listing its words in quotes if
 * it lists them. A Java enum constant documented as "the default" must be the row's default.
 */
public class ParamsDocTest {
    private static final String NUM = "-?[0-9]+(?:\\.[0-9]+)?";
    private static final Pattern RANGE = Pattern.compile("(" + NUM + ")\\.\\.(" + NUM + ")( [^,;()]*?)?(?=[,;()]|$)");
    private static final Pattern DEFAULT = Pattern.compile("\\bdefault \"?([^\\s\",;]+?)\"?(?=[\\s,;]|$)");
    private static final Pattern DOC_DECL = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*(public [^{;]*?)\\{",
                                                            Pattern.DOTALL);
    private static final Pattern PARAM = Pattern.compile("@param (\\w+)\\s+(.*?)(?=@param|@return|@throws|$)", Pattern.DOTALL);
    private static final Pattern LITERAL = Pattern.compile("\"([a-z_]+)\"");
    private static final Pattern SET_CALL = Pattern.compile("set\\(\"([a-z_]+)\",\\s*(\\w+)\\)");

    static String source(String file) throws IOException {
        String top = System.getenv("top_srcdir");
        assertNotNull("top_srcdir is not set (make check sets it to the source tree)", top);
        return new String(Files.readAllBytes(Paths.get(top, "bindings", "java", "src", "org", "calfcare", file)),
                          StandardCharsets.UTF_8);
    }

    /** The text between the brace at {@code open} and its partner. */
    static String braced(String src, int open) {
        int depth = 0;
        for (int i = open; i < src.length(); i++) {
            char c = src.charAt(i);
            if (c == '{')
                depth++;
            else if (c == '}' && --depth == 0)
                return src.substring(open + 1, i);
        }
        throw new AssertionError("unbalanced braces");
    }

    /** The Javadoc text of a comment: no leading '*', whitespace folded. */
    static String doc(String raw) {
        return raw.replaceAll("(?m)^\\s*\\*", " ").replaceAll("\\s+", " ").trim();
    }

    /** The class comment and the body of {@code <kind> NAME {} in a source. */
    static String[] member(String src, String kind, String name) {
        Matcher m = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*public (?:static )?(?:final )?" + kind + " " + name
                                    + "\\s*\\{", Pattern.DOTALL).matcher(src);
        assertTrue(kind + " " + name + " with a Javadoc comment", m.find());
        return new String[] {doc(m.group(1)), braced(src, m.end() - 1)};
    }

    static List<calfcare_params_field> rows(int table) {
        List<calfcare_params_field> out = new ArrayList<>();
        for (int id = 0; id < (int) capi.calfcare_params_field_count(table); id++)
            out.add(capi.calfcare_params_field_at(table, id));
        return out;
    }

    static String choiceWord(int table, calfcare_params_field f, double value) {
        return capi.calfcare_params_choice_name(table, f.getId(), (int) value);
    }

    /** Compare one field's stated range, unit, default and "not given" value with its row. */
    static void checkField(int table, calfcare_params_field f, String text) {
        String where = f.getName() + ": '" + text + "'";
        Matcher d = DEFAULT.matcher(text);
        boolean required = (f.getFlags() & capi.CALFCARE_PARAMS_FIELD_REQUIRED) != 0;
        if (required)
            assertFalse(where + ": a required row has no default", d.find());
        else
            assertTrue(where + ": states no default", d.find());
        if (f.getType() == capi.CALFCARE_PARAMS_TYPE_CHOICE) {
            assertEquals(where + ": default word", choiceWord(table, f, f.getDefault_value()), d.group(1));
            TreeSet<String> quoted = new TreeSet<>(), words = new TreeSet<>();
            Matcher q = Pattern.compile("\"([^\"]+)\"").matcher(text);
            while (q.find())
                quoted.add(q.group(1));
            for (double v = f.getMin(); v <= f.getMax(); v++)
                words.add(choiceWord(table, f, v));
            if (!quoted.isEmpty())
                assertEquals(where + ": the words", words, quoted);
            return;
        }
        Matcher r = RANGE.matcher(text);
        assertTrue(where + ": states no range MIN..MAX", r.find());
        assertEquals(where + ": minimum", f.getMin(), Double.parseDouble(r.group(1)), 0);
        assertEquals(where + ": maximum", f.getMax(), Double.parseDouble(r.group(2)), 0);
        assertEquals(where + ": unit", f.getUnit(), r.group(3) == null ? "" : r.group(3).trim());
        assertFalse(where + ": one range only", r.find());
        boolean hasUnset = !Double.isNaN(f.getUnset());
        if (!required) {
            String stated = d.group(1);
            if (hasUnset && f.getDefault_value() == f.getUnset() && f.getUnset_help().startsWith(stated))
                return; /* "default unknown": the row's default is its "not given" value */
            assertEquals(where + ": default", f.getDefault_value(), Double.parseDouble(stated), 0);
        }
        if (hasUnset)
            assertTrue(where + ": does not say what " + f.getUnset() + " (" + f.getUnset_help() + ") means",
                       text.contains(f.getUnset_help()));
    }

    /**
     * Check every documented public setter or constructor of a builder's body against the table, and
     * that each row of the table is documented once.
     */
    static void checkBuilder(String src, String builder, int table) {
        String[] cls = member(src, "class", builder);
        assertFalse(builder + "'s class comment types a number; each setter states its own: " + cls[0],
                    cls[0].matches(".*[0-9].*"));
        Map<String, calfcare_params_field> byName = new HashMap<>();
        for (calfcare_params_field f : rows(table))
            byName.put(f.getName(), f);
        Map<String, Integer> documented = new HashMap<>();
        Matcher m = DOC_DECL.matcher(cls[1]);
        while (m.find()) {
            String javadoc = doc(m.group(1)), decl = m.group(2), body = braced(cls[1], m.end() - 1);
            List<String> fields = new ArrayList<>();
            Matcher lit = LITERAL.matcher(body);
            while (lit.find())
                if (byName.containsKey(lit.group(1)) && !fields.contains(lit.group(1)))
                    fields.add(lit.group(1));
            if (fields.isEmpty())
                continue; /* the defaults' constructor */
            Map<String, String> params = new HashMap<>();
            Matcher p = PARAM.matcher(javadoc);
            while (p.find())
                params.put(p.group(1), p.group(2).trim());
            Map<String, String> argOf = new HashMap<>();
            if (fields.size() == 1) {
                Matcher arg = Pattern.compile("\\(\\s*[\\w.<>]+ (\\w+)\\s*\\)").matcher(decl);
                assertTrue(decl + ": one parameter", arg.find());
                argOf.put(fields.get(0), arg.group(1));
            } else {
                Matcher set = SET_CALL.matcher(body);
                while (set.find())
                    argOf.put(set.group(1), set.group(2));
            }
            for (String field : fields) {
                String text = params.get(argOf.get(field));
                assertNotNull(builder + ": " + decl.trim() + " has no @param for " + field, text);
                checkField(table, byName.get(field), text);
                Integer n = documented.get(field);
                documented.put(field, n == null ? 1 : n + 1);
            }
        }
        for (String name : byName.keySet())
            assertEquals(builder + ": setters documenting " + name, Integer.valueOf(1), documented.get(name));
    }

    /** A Java enum of a choice: the one constant documented as "the default" is the row's default. */
    static void checkEnumDefault(String src, String enumName, int table, String field, Map<String, Integer> codes) {
        String body = member(src, "enum", enumName)[1];
        Matcher c = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*([A-Z0-9_]+)\\(", Pattern.DOTALL).matcher(body);
        List<String> marked = new ArrayList<>();
        while (c.find())
            if (doc(c.group(1)).matches(".*\\bthe default\\b.*"))
                marked.add(c.group(2));
        assertEquals(enumName + ": constants documented as the default", 1, marked.size());
        int[] id = new int[1];
        capi.calfcare_params_field_parse(table, field, id);
        assertEquals(enumName + "." + marked.get(0), (int) capi.calfcare_params_field_at(table, id[0]).getDefault_value(),
                     (int) codes.get(marked.get(0)));
    }

    @Test
    public void reliefParamsJavadocIsTheTable() throws IOException {
        checkBuilder(source("Relief.java"), "Params", capi.CALFCARE_PARAMS_TABLE_RELIEF);
    }

    @Test
    public void progressionParamsJavadocIsTheTable() throws IOException {
        String src = source("Progression.java");
        checkBuilder(src, "Params", capi.CALFCARE_PARAMS_TABLE_PROGRESSION);
        checkBuilder(src, "PlanParams", capi.CALFCARE_PARAMS_TABLE_PLAN);
        Map<String, Integer> codes = new HashMap<>();
        for (Progression.Decay v : Progression.Decay.values())
            codes.put(v.name(), v.code);
        checkEnumDefault(src, "Decay", capi.CALFCARE_PARAMS_TABLE_PROGRESSION, "decay", codes);
        codes.clear();
        for (Progression.Coupling v : Progression.Coupling.values())
            codes.put(v.name(), v.code);
        checkEnumDefault(src, "Coupling", capi.CALFCARE_PARAMS_TABLE_PROGRESSION, "coupling", codes);
        codes.clear();
        for (Progression.Seed v : Progression.Seed.values())
            codes.put(v.name(), v.code);
        checkEnumDefault(src, "Seed", capi.CALFCARE_PARAMS_TABLE_PROGRESSION, "seed", codes);
    }

    private static void refused(int table, String field, String text, String why) {
        int[] id = new int[1];
        capi.calfcare_params_field_parse(table, field, id);
        try {
            checkField(table, capi.calfcare_params_field_at(table, id[0]), text);
        } catch (AssertionError e) {
            assertTrue(e.getMessage(), e.getMessage().contains(why));
            return;
        }
        fail("'" + text + "' for " + field + " was not refused");
    }

    /** The comparison can fail: each kind of wrong statement is caught (rows as in docs/relief.md). */
    @Test
    public void aWrongStatementIsCaught() {
        int relief = capi.CALFCARE_PARAMS_TABLE_RELIEF, plan = capi.CALFCARE_PARAMS_TABLE_PLAN;
        /* ice_min is 15..20 min, default 15 */
        checkField(relief, capi.calfcare_params_field_at(relief, 0), "ice per application: 15..20 min, default 15");
        refused(relief, "ice_min", "ice: 15..25 min, default 15", "maximum");
        refused(relief, "ice_min", "ice: 10..20 min, default 15", "minimum");
        refused(relief, "ice_min", "ice: 15..20 s, default 15", "unit");
        refused(relief, "ice_min", "ice: 15..20 min, default 20", "default");
        refused(relief, "ice_min", "ice: 15..20 min", "states no default");
        refused(relief, "ice_min", "ice, default 15", "states no range");
        refused(relief, "tool", "\"roller\" or \"stick\", default roller", "the words");
        refused(relief, "tool", "\"roller\" or \"ball\", default ball", "default word");
        /* the plan's weeks: 1..156, 0 = until the target */
        refused(plan, "weeks", "weeks to plan: 1..156 weeks, default 0", "until the target");
        refused(plan, "current_km", "the last full week: 1..1000 km, default 0", "a required row has no default");
        /* the form itself: a class comment with a number is refused */
        try {
            checkBuilder("/** Defaults: ice 15 min. */ public static final class Params { }", "Params", relief);
            fail("a number in the class comment was accepted");
        } catch (AssertionError e) {
            assertTrue(e.getMessage(), e.getMessage().contains("class comment types a number"));
        }
    }
}
