"""Charts of progression results (matplotlib, imported only when a chart is drawn).

- :func:`plan_chart`: the weeks of :func:`calfcare.make_plan`, cutback weeks marked, each week's cap
  and the target;
- :func:`weekly_load_chart`: weekly km with the over-limit weeks marked and next week's cap; with a
  :class:`calfcare.LogCheck` also each run, the runs that spiked over the longest run of the previous
  30 days marked by band;
- :func:`acwr_chart`: daily acute and chronic load, and their ratio with the 0.8-1.3 and 1.5 bands
  drawn and labelled as contested (information, not an injury predictor).

Each function draws into the given Axes (``ax=``) or a new figure (through pyplot, so notebooks
show it and scripts can ``plt.show()``; headless use needs nothing but matplotlib's default Agg
fallback or ``MPLBACKEND=Agg``) and returns the matplotlib Figure. Nothing here computes a rule:
values, bands and thresholds come from the results and from the library's constants.
"""

from . import capi as _capi
from ._common import optional_import

__all__ = ["plan_chart", "weekly_load_chart", "acwr_chart"]

# Colours (colour-blind safe pairs from the Okabe-Ito palette).
_BLUE, _ORANGE, _VERMILION, _GREEN, _GREY, _PURPLE = "#0072B2", "#E69F00", "#D55E00", "#009E73", "#999999", "#CC79A7"

_BAND_STYLE = {  # spike band word -> (marker, colour, legend text)
    "over_10": ("^", _ORANGE, "run 10-30% over 30-day longest"),
    "over_30": ("D", _VERMILION, "run 30-100% over 30-day longest"),
    "over_100": ("X", _PURPLE, "run over 100% over 30-day longest"),
}


def _axes(ax, nrows=1, figsize=(8, 4)):
    if ax is not None:
        return ax.figure, ax
    plt = optional_import("matplotlib.pyplot", "calfcare.plot")
    fig, ax = plt.subplots(nrows, 1, figsize=figsize, sharex=nrows > 1, squeeze=True)
    return fig, ax


def plan_chart(plan, ax=None, target_km=None, title="Weekly plan"):
    """Bars of the planned weekly km (cutback weeks hatched, in another colour), each week's cap
    (km: the last full week plus the increase limit) as a step line, and the target (``target_km``,
    km) as a horizontal line. ``plan``: a :class:`calfcare.WeeklyPlan`. Returns the Figure."""
    fig, ax = _axes(ax)
    weeks = [w.week for w in plan.weeks]
    km = [w.km for w in plan.weeks]
    normal = [(w.week, w.km) for w in plan.weeks if not w.cutback]
    cut = [(w.week, w.km) for w in plan.weeks if w.cutback]
    if normal:
        ax.bar(*zip(*normal), color=_BLUE, label="planned week", gid="plan-week")
    if cut:
        ax.bar(*zip(*cut), color=_GREY, hatch="//", label="cutback week", gid="plan-cutback")
    ax.step(weeks, [w.limit_km for w in plan.weeks], where="mid", color=_VERMILION, linestyle="--",
            label="cap (last full week + limit)", gid="plan-cap")
    if target_km is not None:
        ax.axhline(target_km, color=_GREEN, linestyle=":", label=f"target {target_km:g} km", gid="plan-target")
    if plan.reached_week is not None:
        ax.annotate(f"target reached in week {plan.reached_week}", xy=(plan.reached_week, km[plan.reached_week - 1]),
                    xytext=(0, 12), textcoords="offset points", ha="center", fontsize="small")
    ax.set_xlabel("week")
    ax.set_ylabel("km per week")
    ax.set_xticks(weeks)
    ax.set_title(title)
    top = max([w.limit_km for w in plan.weeks] + km + [target_km or 0.0])
    ax.set_ylim(0, top * 1.4 if top > 0 else 1.0)
    ax.legend(loc="upper left", fontsize="small", ncol=2)
    return fig


def _weekly_parts(check):
    """(WeeklyCheck, x positions, bar width, LogCheck or None)."""
    from ._frames import LogCheck
    if isinstance(check, LogCheck):
        pd = optional_import("pandas", "calfcare.plot")
        x = list(check.weeks.index - pd.Timedelta(days=3))  # the middle day of each week
        return check.weekly, x, 6.0, check
    if hasattr(check, "attrs") and "check" in getattr(check, "attrs", {}):  # check_weekly_series()
        check = check.attrs["check"]
    return check, [w.index for w in check.weeks], 0.8, None


def weekly_load_chart(check, ax=None, title="Weekly distance"):
    """Weekly km as bars: within the limit in blue, over it (more than the increase limit above the
    week before) in vermilion, and next week's cap as a dashed bar outline after the last week.

    ``check``: a :class:`calfcare.WeeklyCheck`, a :func:`calfcare.check_weekly_series` DataFrame, or
    a :class:`calfcare.LogCheck` - then the x axis is dates, and each run is drawn on a second y axis
    (run km) with the runs in the spike bands over 10%, over 30% and over 100% (against the longest
    run of the previous 30 days) marked. Returns the Figure."""
    fig, ax = _axes(ax)
    wc, x, width, log = _weekly_parts(check)
    weeks = wc.weeks if wc is not None else ()  # a log shorter than a week has no weeks
    ok = [(xi, w.value) for xi, w in zip(x, weeks) if not w.over_limit]
    over = [(xi, w.value) for xi, w in zip(x, weeks) if w.over_limit]
    unit = "load" if wc is not None and wc.unit != "km" else "km"
    if ok:
        ax.bar(*zip(*ok), width=width, color=_BLUE, label="week within limit", gid="week-ok")
    if over:
        ax.bar(*zip(*over), width=width, color=_VERMILION,
               label=f"week over +{wc.max_increase_pct:g}% limit", gid="week-over")
    if weeks:
        nxt = x[-1] + (x[-1] - x[-2] if len(x) > 1 else 1)
        ax.bar([nxt], [wc.next_week_max], width=width, fill=False, edgecolor=_GREEN, linestyle="--",
               label=f"next week max {wc.next_week_max:.1f} {unit}", gid="week-next-max")
    ax.set_ylabel(f"{unit} per week")
    ax.set_title(title)
    top = max([w.value for w in weeks] + [wc.next_week_max if weeks else 0.0, 0.0])
    ax.set_ylim(0, top * 1.6 if top > 0 else 1.0)
    handles, labels = ax.get_legend_handles_labels()
    if log is not None:
        ax.set_xlabel("date")
        ax2 = ax.twinx()
        runs = log.runs
        ax2.plot(runs["date"], runs["km"], linestyle="none", marker="o", markersize=4, color="black",
                 label="run", gid="run")
        complete = runs["reference_complete"] if "reference_complete" in runs.columns else runs["km"] == runs["km"]
        for band, (marker, colour, text) in _BAND_STYLE.items():
            sel = runs[(runs["band"] == band) & complete]
            if len(sel):
                ax2.plot(sel["date"], sel["km"], linestyle="none", marker=marker, markersize=9, color=colour,
                         label=text, gid=f"spike-{band}")
            early = runs[(runs["band"] == band) & ~complete]
            if len(early):
                ax2.plot(early["date"], early["km"], linestyle="none", marker=marker, markersize=9,
                         markerfacecolor="none", color=colour, gid=f"spike-{band}-early",
                         label=f"{text}, first 30 days (reference incomplete)")
        if (~complete).any() and complete.any():
            ax2.axvspan(runs["date"].min(), runs.loc[complete, "date"].min(), color=_GREY, alpha=0.15, lw=0,
                        gid="spike-reference-incomplete")
        ax2.set_ylabel("km per run")
        ax2.set_ylim(0, max(runs["km"].max() * 1.6, 1.0) if len(runs) else 1.0)
        h2, l2 = ax2.get_legend_handles_labels()
        handles, labels = handles + h2, labels + l2
        fig.autofmt_xdate()
    else:
        ax.set_xlabel("week")
        ax.set_xticks(x)
    ax.legend(handles, labels, loc="upper left", fontsize="small", ncol=2)
    return fig


def _acwr_parts(data, dates):
    """(x, acute, chronic, ratio, settled or None, unit)."""
    from ._frames import LogCheck
    if isinstance(data, LogCheck):
        t = data.acwr_daily
        return list(t.index), list(t["acute"]), list(t["chronic"]), list(t["ratio"]), list(t["settled"]), "km"
    if hasattr(data, "columns"):  # acwr_frame()
        settled = list(data["settled"]) if "settled" in data.columns else None
        return list(data.index), list(data["acute"]), list(data["chronic"]), list(data["ratio"]), settled, None
    n = len(data.acute)  # AcwrSeries
    x = list(dates) if dates is not None else list(range(n))
    return x, list(data.acute), list(data.chronic), list(data.ratio), list(data.settled), None


def _shade_unsettled(axes, x, settled):
    """Grey over the days whose value is not settled yet (the library's settled flag), on each Axes."""
    if not settled or all(settled):
        return
    first = next((i for i, ok in enumerate(settled) if ok), len(settled))
    end = x[first] if first < len(x) else x[-1]
    for k, ax in enumerate(axes):
        ax.axvspan(x[0], end, color=_GREY, alpha=0.25, lw=0, gid="acwr-unsettled",
                   label="not settled: the start of the log still weighs over 10%" if k == len(axes) - 1 else None)


def acwr_chart(data, axes=None, dates=None, title="Acute:chronic load (contested)", unit=None):
    """Two panels: the daily acute and chronic EWMA loads, and their ratio with the 0.8-1.3 band
    and the band from 1.5 shaded and labelled as contested (they come from Gabbett 2016 and are
    disputed: information, not an injury predictor). The days before the values settle (the
    library's ``settled`` flag: the start of the series still weighs over 10% in the chronic load)
    are shaded grey on both panels.

    ``data``: a :class:`calfcare.AcwrSeries` (x is the day number, or ``dates``), an
    :func:`calfcare.acwr_frame` DataFrame or a :class:`calfcare.LogCheck`. ``axes``: two Axes to draw
    into. ``unit``: the load's unit for the axis labels ("km" for a LogCheck, else "load units").
    Returns the Figure."""
    if axes is None:
        fig, (top, bottom) = _axes(None, nrows=2, figsize=(8, 6))
    else:
        top, bottom = axes
        fig = top.figure
    x, acute, chronic, ratio, settled, own_unit = _acwr_parts(data, dates)
    unit = unit or own_unit or "load units"
    _shade_unsettled((top, bottom), x, settled)
    top.plot(x, acute, color=_VERMILION, label="acute (EWMA)", gid="acwr-acute")
    top.plot(x, chronic, color=_BLUE, label="chronic (EWMA)", gid="acwr-chronic")
    top.set_ylabel(f"{unit} per day")
    top.set_title(title)
    top.legend(loc="upper left", fontsize="small")
    low, high, very = (_capi.CALFCARE_PROGRESSION_ACWR_LOW, _capi.CALFCARE_PROGRESSION_ACWR_HIGH,
                       _capi.CALFCARE_PROGRESSION_ACWR_VERY_HIGH)
    finite = [q for q in ratio if q == q]
    ymax = max([very + 0.5] + [q * 1.1 for q in finite])
    bottom.axhspan(low, high, color=_GREEN, alpha=0.15, label=f"{low:g}-{high:g} 'sweet spot' (contested)",
                   gid="acwr-band-moderate")
    bottom.axhspan(very, ymax, color=_VERMILION, alpha=0.12, label=f"{very:g} and over 'danger zone' (contested)",
                   gid="acwr-band-very-high")
    bottom.plot(x, ratio, color="black", label="acute:chronic ratio", gid="acwr-ratio")
    bottom.set_ylim(0, ymax)
    bottom.set_ylabel(f"ratio (acute / chronic, {unit} per day over {unit} per day: no unit)", fontsize="small")
    bottom.set_xlabel("date" if x and not isinstance(x[0], (int, float)) else "day")
    bottom.legend(loc="upper left", fontsize="small")
    bottom.text(0.99, 0.02, "contested: for information, not an injury predictor", transform=bottom.transAxes,
                ha="right", va="bottom", fontsize="x-small", gid="acwr-note")
    if x and not isinstance(x[0], (int, float)):
        fig.autofmt_xdate()
    return fig
