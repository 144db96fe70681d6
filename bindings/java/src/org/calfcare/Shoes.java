package org.calfcare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.calfcare.capi.calfcare_shoes_advice;
import org.calfcare.capi.calfcare_shoes_advice_item;
import org.calfcare.capi.calfcare_shoes_brand_size_result;
import org.calfcare.capi.calfcare_shoes_chart;
import org.calfcare.capi.calfcare_shoes_chart_entry;
import org.calfcare.capi.calfcare_shoes_size_result;
import org.calfcare.capi.calfcare_shoes_week;
import org.calfcare.capi.capi;

/**
 * Shoe-fit guidance tied to calf load: a size from the longer foot on the Brannock scale with the
 * foot length each size fits, the size in a brand's published chart ("brand"), a width class,
 * a category chosen comfort-first, drop advice with a transition plan, cushioning flags, replacement
 * and rotation advice, a fit checklist and racing stack-height checks. Rules: docs/shoes.md.
 *
 * <pre>{@code
 * Shoes.Advice a = Shoes.advise(Inputs.shoes().set("foot_length_mm", 245, 248).set("sex", "female"));
 * a.size().eu();   // 39.5
 * }</pre>
 */
public final class Shoes {
    private Shoes() {}

    /** Width class from the width-to-length ratio of the foot. */
    public enum Width {
        /** No width given. */ UNKNOWN,
        /** Women's B, men's D. */ STANDARD,
        /** Women's D, men's 2E. */ WIDE,
        /** Women's 2E, men's 4E. */ EXTRA_WIDE;

        /** @return "standard", "wide", "extra_wide" or "unknown". */
        public String word() { return capi.calfcare_shoes_width_name(ordinal()); }
    }

    /** Shoe category. */
    public enum Category {
        /** The most comfortable neutral shoe. */ NEUTRAL,
        /** Neutral, soft or medium cushioning, drop not lower than now. */ NEUTRAL_CUSHIONED;

        /** @return "neutral" or "neutral_cushioned". */
        public String word() { return capi.calfcare_shoes_category_name(ordinal() + capi.CALFCARE_SHOES_CATEGORY_NEUTRAL); }
    }

    /** What to do about the drop of the shoe being considered. */
    public enum Drop {
        /** No change considered (or the current drop is unknown). */ NONE,
        /** Same or higher, or lower by less than 4 mm. */ OK,
        /** Lower by 4 mm or more, or going minimalist: follow the weekly plan. */ TRANSITION,
        /** Calf pain: keep the drop (or raise it). */ DO_NOT_LOWER;

        /** @return "none", "ok", "transition" or "do_not_lower". */
        public String word() { return capi.calfcare_shoes_drop_name(ordinal()); }
    }

    /**
     * Generic shoe size from the longer foot (Brannock scale: US men's = 3 x foot (in) - 22, women's
     * + 1.5, UK = men's - 1, nearest half size; EU = (foot + 15 mm) x 3/20 rounded up), with the foot
     * length (mm) each size is meant for. Brands differ: see {@link Advice#brand()}.
     */
    public static final class Size {
        private final double footMm, toeRoomMm, lastMm, mondopointMm, eu, uk, usMen, usWomen;
        private final double euFitsMm, ukFitsMm, usMenFitsMm, usWomenFitsMm;

        Size(calfcare_shoes_size_result s) {
            footMm = s.getFoot_mm();
            toeRoomMm = s.getToe_room_mm();
            lastMm = s.getLast_mm();
            mondopointMm = s.getMondopoint_mm();
            eu = s.getEu();
            uk = s.getUk();
            usMen = s.getUs_men();
            usWomen = s.getUs_women();
            euFitsMm = s.getEu_fits_mm();
            ukFitsMm = s.getUk_fits_mm();
            usMenFitsMm = s.getUs_men_fits_mm();
            usWomenFitsMm = s.getUs_women_fits_mm();
        }

        /** @return length of the longer foot, mm. */
        public double footMm() { return footMm; }
        /** @return toe room asked for, mm (above 10 mm the size is for a foot longer by the difference). */
        public double toeRoomMm() { return toeRoomMm; }
        /** @return foot + toe room: the inside length the toe room asks for, mm. */
        public double lastMm() { return lastMm; }
        /** @return Mondopoint, mm (rounded up to 5 mm). */
        public double mondopointMm() { return mondopointMm; }
        /** @return EU size. */
        public double eu() { return eu; }
        /** @return UK adult size, NaN below size 1. */
        public double uk() { return uk; }
        /** @return US men's size, NaN below 1. */
        public double usMen() { return usMen; }
        /** @return US women's size, NaN below 1. */
        public double usWomen() { return usWomen; }
        /** @return the foot length the EU size is meant for ("fits feet up to"), mm. */
        public double euFitsMm() { return euFitsMm; }
        /** @return the foot length the UK size is meant for, mm; NaN with the size. */
        public double ukFitsMm() { return ukFitsMm; }
        /** @return the foot length the US men's size is meant for, mm; NaN with the size. */
        public double usMenFitsMm() { return usMenFitsMm; }
        /** @return the foot length the US women's size is meant for, mm; NaN with the size. */
        public double usWomenFitsMm() { return usWomenFitsMm; }

        @Override public String toString() { return "EU " + eu + ", UK " + uk + ", US men " + usMen + ", US women " + usWomen; }
    }

    /** One row of a brand's published chart. */
    public static final class ChartRow {
        private final double us, uk, eu, footMm;

        ChartRow(calfcare_shoes_chart_entry r) {
            us = r.getUs();
            uk = r.getUk();
            eu = r.getEu();
            footMm = r.getFoot_mm();
        }

        /** @return US size of the chart's sex. */
        public double us() { return us; }
        /** @return UK size. */
        public double uk() { return uk; }
        /** @return EU size. */
        public double eu() { return eu; }
        /** @return the foot length the chart gives for the size, mm. */
        public double footMm() { return footMm; }
    }

    /** A shipped brand chart with its source (only men's charts are shipped). */
    public static final class Chart {
        private final String name, title, source, readOn, note;
        private final List<ChartRow> rows;

        Chart(calfcare_shoes_chart info, List<ChartRow> rows) {
            name = info.getName();
            title = info.getTitle();
            source = info.getSource();
            readOn = info.getRead_on();
            note = info.getNote();
            this.rows = Collections.unmodifiableList(rows);
        }

        /** @return the brand as the "brand" field takes it, e.g. "nike". */
        public String name() { return name; }
        /** @return the chart's title. */
        public String title() { return title; }
        /** @return the address the numbers were read from. */
        public String source() { return source; }
        /** @return the date the chart was read, YYYY-MM-DD. */
        public String readOn() { return readOn; }
        /** @return what the chart's lengths are and how they are used. */
        public String note() { return note; }
        /** @return the rows, smallest size first. */
        public List<ChartRow> rows() { return rows; }
    }

    /** The size in the chart of the "brand" field. NaN sizes when the foot is outside the chart. */
    public static final class BrandSize {
        private final String name;
        private final boolean inChart;
        private final double us, uk, eu, fitsUpToMm, smallerFitsUpToMm;

        BrandSize(calfcare_shoes_brand_size_result b) {
            name = capi.calfcare_shoes_brand_name(b.getBrand());
            inChart = b.getIn_chart() != 0;
            us = b.getUs();
            uk = b.getUk();
            eu = b.getEu();
            fitsUpToMm = b.getFits_up_to_mm();
            smallerFitsUpToMm = b.getSmaller_fits_up_to_mm();
        }

        /** @return the brand, e.g. "nike". */
        public String name() { return name; }
        /** @return whether the foot is within the chart. */
        public boolean inChart() { return inChart; }
        /** @return US size (men's chart), NaN outside the chart. */
        public double us() { return us; }
        /** @return UK size, NaN outside the chart. */
        public double uk() { return uk; }
        /** @return EU size, NaN outside the chart. */
        public double eu() { return eu; }
        /** @return the chart's foot length for the size, mm; NaN outside. */
        public double fitsUpToMm() { return fitsUpToMm; }
        /** @return the foot length of the next smaller size, mm; NaN for the first row. */
        public double smallerFitsUpToMm() { return smallerFitsUpToMm; }
    }

    /** @return the shipped brand charts with their rows and sources. */
    public static List<Chart> charts() {
        List<Chart> out = new ArrayList<>();
        for (int brand = 0; brand < capi.CALFCARE_SHOES_BRAND_COUNT; brand++) {
            calfcare_shoes_chart info = new calfcare_shoes_chart();
            try {
                capi.calfcare_shoes_chart_info(brand, capi.CALFCARE_SEX_MALE, info);
                List<ChartRow> rows = new ArrayList<>();
                for (long i = 0; i < info.getRow_count(); i++) {
                    calfcare_shoes_chart_entry r = new calfcare_shoes_chart_entry();
                    try {
                        capi.calfcare_shoes_chart_row(brand, capi.CALFCARE_SEX_MALE, i, r);
                        rows.add(new ChartRow(r));
                    } finally {
                        r.delete();
                    }
                }
                out.add(new Chart(info, rows));
            } finally {
                info.delete();
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** One week of a transition plan. */
    public static final class PlanWeek {
        private final int week;
        private final double sharePct;
        private final double km;

        PlanWeek(calfcare_shoes_week w) {
            week = w.getWeek();
            sharePct = w.getShare_pct();
            km = w.getKm();
        }

        /** @return week number, 1 first. */
        public int week() { return week; }
        /** @return share of the weekly distance in the new shoe, percent. */
        public double sharePct() { return sharePct; }
        /** @return that share of weekly_km, km; NaN when weekly_km is unknown. */
        public double km() { return km; }
    }

    /** One piece of advice (codes 4000-4999): a stable code, the library's English sentence and its number. */
    public static final class Item extends AdviceText {
        private final double value;

        Item(calfcare_shoes_advice_item a) {
            super(Reason.of(a.getCode()), a.getText());
            value = a.getValue();
        }

        /** @return the main number of the advice (unit in the text), NaN if none. */
        public double value() { return value; }
    }

    /** The result of {@link #advise}. NaN marks a number that is unknown. */
    public static final class Advice {
        private final Size size;
        private final int sex;
        private final Width width;
        private final double widthRatio;
        private final double wideFromMm, extraWideFromMm;
        private final boolean widthFromChart;
        private final Category category;
        private final Drop drop;
        private final double dropChangeMm;
        private final List<PlanWeek> plan;
        private final double minimalistCapKm;
        private final int replaceDue;
        private final double kmLeft;
        private final double limitKm;
        private final double monthsLeft;
        private final int roadStackOk;
        private final int trackStackOk;
        private final List<Item> items;
        private final BrandSize brand;

        Advice(calfcare_shoes_advice a) {
            calfcare_shoes_size_result s = a.getSize();
            size = new Size(s);
            sex = a.getSex();
            width = Width.values()[a.getWidth()];
            widthRatio = a.getWidth_ratio();
            wideFromMm = a.getWidth_wide_from_mm();
            extraWideFromMm = a.getWidth_extra_wide_from_mm();
            widthFromChart = a.getWidth_from_chart() != 0;
            category = Category.values()[a.getCategory() - capi.CALFCARE_SHOES_CATEGORY_NEUTRAL];
            drop = Drop.values()[a.getDrop()];
            dropChangeMm = a.getDrop_change_mm();
            List<PlanWeek> p = new ArrayList<>();
            for (int i = 0; i < a.getPlan_count(); i++) {
                calfcare_shoes_week w = a.plan_week(i);
                p.add(new PlanWeek(w));
            }
            plan = Collections.unmodifiableList(p);
            minimalistCapKm = a.getMinimalist_cap_km();
            replaceDue = a.getReplace_due();
            kmLeft = a.getKm_left();
            limitKm = a.getLimit_km();
            monthsLeft = a.getMonths_left();
            roadStackOk = a.getRoad_stack_ok();
            trackStackOk = a.getTrack_stack_ok();
            List<Item> it = new ArrayList<>();
            for (int i = 0; i < a.getAdvice_count(); i++)
                it.add(new Item(a.advice_item(i)));
            items = Collections.unmodifiableList(it);
            calfcare_shoes_brand_size_result b = a.getBrand_size();
            brand = b.getBrand() < 0 ? null : new BrandSize(b);
        }

        /** @return the size from the longer foot. */
        public Size size() { return size; }
        /** @return the width class. */
        public Width width() { return width; }
        /** @return the width letter for the runner's last (B, D, 2E, 4E), "" when width or sex is unknown. */
        public String widthLetter() { return capi.calfcare_shoes_width_letter(width.ordinal(), sex); }
        /** @return foot width / length of the longer foot; NaN when no width was given. */
        public double widthRatio() { return widthRatio; }
        /** @return the foot width from which the foot counts as wide at this size and sex, mm. */
        public double wideFromMm() { return wideFromMm; }
        /** @return the foot width from which it counts as extra wide, mm. */
        public double extraWideFromMm() { return extraWideFromMm; }
        /** @return true when the two bounds come from the width chart, false when from the length ratios. */
        public boolean widthFromChart() { return widthFromChart; }
        /** @return the shoe category. */
        public Category category() { return category; }
        /** @return the drop advice. */
        public Drop drop() { return drop; }
        /** @return new - current drop, mm (negative = lower); NaN if either is unknown. */
        public double dropChangeMm() { return dropChangeMm; }
        /** @return the weekly transition plan, empty when none is needed. */
        public List<PlanWeek> transitionPlan() { return plan; }
        /** @return the weekly cap in minimalist shoes, km; NaN without a minimalist shoe. */
        public double minimalistCapKm() { return minimalistCapKm; }
        /** @return true when distance or age reached its limit, false when not, null when neither is known. */
        public Boolean replaceDue() { return replaceDue < 0 ? null : replaceDue != 0; }
        /** @return limit - distance run, km (negative = overdue); NaN if unknown. */
        public double kmLeft() { return kmLeft; }
        /** @return the replacement distance used, km. */
        public double limitKm() { return limitKm; }
        /** @return months left before the replacement age; NaN if unknown. */
        public double monthsLeft() { return monthsLeft; }
        /** @return within the 40 mm road stack limit; null when the stack is unknown. */
        public Boolean roadStackOk() { return roadStackOk < 0 ? null : roadStackOk != 0; }
        /** @return within the 20 mm track stack limit; null when the stack is unknown. */
        public Boolean trackStackOk() { return trackStackOk < 0 ? null : trackStackOk != 0; }
        /** @return the advice in report order. */
        public List<Item> advice() { return items; }
        /** @return the size in the asked brand's chart, null when no brand was given. */
        public BrandSize brand() { return brand; }
    }

    /**
     * Shoe-fit guidance. foot_length_mm is required; every other field is optional.
     * @param inputs an {@link Inputs#shoes()} input
     * @return the advice
     * @throws InvalidInputException when foot_length_mm is missing or the width does not fit the length
     */
    public static Advice advise(Inputs inputs) {
        calfcare_shoes_advice out = new calfcare_shoes_advice();
        try {
            capi.calfcare_shoes_advise(inputs.raw, out);
            return new Advice(out);
        } finally {
            out.delete();
        }
    }

    /** The same from a map of field name to value (see {@link Inputs#set(String, Object)}). */
    public static Advice advise(Map<String, ?> inputs) {
        return advise(Inputs.of(Inputs.Schema.SHOES, inputs));
    }

    /** @return the size for a foot length (mm, 150-350) with the default 10 mm toe room. */
    public static Size size(double footMm) { return size(footMm, capi.CALFCARE_SHOES_DEFAULT_TOE_ROOM_MM); }

    /** @return the size for a foot length (mm, 150-350) and toe room (mm, 10-15). */
    public static Size size(double footMm, double toeRoomMm) {
        calfcare_shoes_size_result s = new calfcare_shoes_size_result();
        try {
            capi.calfcare_shoes_size(footMm, toeRoomMm, s);
            return new Size(s);
        } finally {
            s.delete();
        }
    }

    /** @return km left on a pair before the limit: limitKm - shoeKm, negative when overdue. */
    public static double kmLeft(double shoeKm, double limitKm) {
        return capi.calfcare_shoes_km_left(shoeKm, limitKm);
    }
}
