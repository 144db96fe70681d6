/*
 * A small tour of the libcalfcare Java bindings: a runner with a sore calf, from diagnosis to a
 * relief session on a simulated clock, a mileage plan, a check of many runners at once, and shoe
 * advice. Build and run against an installed copy (paths of docs/java.md):
 *
 *   javac -cp /usr/local/share/java/calfcare.jar CalfcareExample.java
 *   java -Djava.library.path=/usr/local/lib/jni -cp .:/usr/local/share/java/calfcare.jar CalfcareExample
 */
import java.util.LinkedHashMap;
import java.util.Map;

import org.calfcare.BlockedException;
import org.calfcare.Calfcare;
import org.calfcare.Diagnosis;
import org.calfcare.Inputs;
import org.calfcare.InvalidInputException;
import org.calfcare.Progression;
import org.calfcare.RefusedException;
import org.calfcare.Relief;
import org.calfcare.Shoes;
import org.calfcare.Timer;

public final class CalfcareExample {
    private CalfcareExample() {}

    public static void main(String[] args) {
        System.out.println("libcalfcare " + Calfcare.version());

        // 1. Diagnosis: a builder of the inputs (a Map works too).
        Diagnosis dx = Calfcare.diagnose(Inputs.diagnosis()
                .set("weekly_km", 30, 32, 35, 48)
                .set("cadence", 162)
                .set("overstride", true)
                .set("warmup", "never"));
        System.out.println("triage: " + dx.triage().word());
        for (Diagnosis.CauseScore c : dx.causes())
            System.out.printf("  %-26s %.2f %s%n", c.cause().word(), c.score(), c.reasons());
        for (Diagnosis.Advice a : dx.advice())
            System.out.println("  - " + a.text());

        // Invalid input names the field and its range.
        try {
            Calfcare.diagnose(Inputs.diagnosis().set("cadence", 400));
        } catch (InvalidInputException e) {
            System.out.println("refused input: " + e.field() + " accepted " + e.min() + " to " + e.max());
        }

        // 2. Relief: the protocol, refused when a red flag blocks it.
        Map<String, Object> symptoms = new LinkedHashMap<>();
        symptoms.put("whole_leg_swollen", true);
        symptoms.put("deep_vein_tenderness", true);
        symptoms.put("calf_swelling_cm", 4);
        Diagnosis dvt = Calfcare.diagnose(symptoms);
        try {
            Relief.build(Relief.Protocol.ROLL, new Relief.Params(), dvt.blocked());
        } catch (BlockedException e) {
            System.out.println("refused: " + e.careKind() + " blocked by " + e.redFlag() + " (" + e.getMessage() + ")");
        } catch (RefusedException e) {
            System.out.println("refused: " + e.getMessage());
        }

        // A stretch session on a simulated clock ticking every 100 ms.
        Relief.Schedule stretch = Relief.build(Relief.Protocol.STRETCH, new Relief.Params().reps(1), dx.blocked());
        Timer timer = new Timer(stretch);
        long now = 5000;
        int events = 0;
        timer.start(now);
        while (timer.state() != Timer.State.DONE) {
            events += timer.update(now).size();
            now += 100;
        }
        System.out.println("stretch: " + stretch.steps().size() + " steps, " + events + " events, "
                + (now - 5000) / 1000 + " s on the clock");

        // 3. Progression: a plan and many runners at once.
        Progression.Plan plan = Progression.plan(20, 30);
        for (Progression.PlanWeek w : plan.weeks())
            System.out.println("  " + w);
        int runners = 3, days = 28;
        double[] daily = new double[runners * days];
        for (int r = 0; r < runners; r++)
            for (int d = 0; d < days; d++)
                daily[r * days + d] = d % 2 == 0 ? 5 + r + (d >= 21 ? 3 * r : 0) : 0;
        Progression.Batch b = Progression.batch(daily, runners, days, new Progression.Params());
        for (int r = 0; r < runners; r++)
            System.out.printf("  runner %d: last week %.1f km, change %.1f%%%n", r,
                    b.get(r, Progression.BatchColumn.LAST_WEEK_KM), b.get(r, Progression.BatchColumn.CHANGE_PCT));

        // 4. Shoes.
        Shoes.Advice shoes = Shoes.advise(Inputs.shoes().set("foot_length_mm", 245, 248).set("sex", "female")
                .set("shoe_km", 720));
        System.out.println("shoes: " + shoes.size() + ", replace due: " + shoes.replaceDue());
    }
}
