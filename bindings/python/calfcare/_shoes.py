"""Shoe-fit guidance tied to calf load (calfcare/shoes.h).

Call the module itself, or :func:`shoe_advice`, with the shoe inputs as keyword arguments (the
``calfcare shoes`` options with ``_`` for ``-``)::

    import calfcare
    advice = calfcare.shoes(foot_length_mm=(245, 248), foot_width_mm=95, sex="female",
                            calf_pain=True, current_drop_mm=4, new_drop_mm=10, shoe_km=720)
    advice.size.eu          # 39.5
    advice.size.fits_up_to_mm.eu   # 248.33...: EU 39.5 is meant for feet up to that length (mm)
    advice.width            # "B"
    advice.replace.km_left  # 80.0 (km)
    advice.to_dict()        # the same keys as `calfcare shoes --json`

Only ``foot_length_mm`` (mm; one value or ``(left, right)``) is required. ``brand="nike"`` (or any
name of :func:`brand_charts`) adds the size in that brand's published chart. Invalid values raise
:class:`calfcare.InvalidInputError` whose ``field`` names the input. Sizes are approximate: brands
differ. Rules and sources: docs/shoes.md.
"""

from dataclasses import dataclass
from typing import Optional, Tuple

from . import capi as _capi
from ._common import keyword_signature, schema_doc, make_input, nan_to_none

__all__ = [
    "shoes",
    "shoe_advice",
    "ShoeAdvice",
    "ShoeSize",
    "SizeFits",
    "BrandSize",
    "WidthBounds",
    "BrandChart",
    "ChartRow",
    "brand_charts",
    "TransitionWeek",
    "DropAdvice",
    "Replacement",
    "StackCheck",
    "AdviceItem",
]


@dataclass(frozen=True)
class SizeFits:
    """The foot length (mm) each size of a :class:`ShoeSize` is meant for: "fits feet up to"."""

    mondopoint: float
    eu: float
    uk: Optional[float]
    us_men: Optional[float]
    us_women: Optional[float]

    def to_dict(self):
        return {"mondopoint": self.mondopoint, "eu": self.eu, "uk": self.uk, "us_men": self.us_men,
                "us_women": self.us_women}


@dataclass(frozen=True)
class ShoeSize:
    """Generic shoe size from the longer foot, the way the Brannock scale converts.

    ``us_men`` = 3 x foot (in) - 22, ``us_women`` = men's + 1.5, ``uk`` = men's - 1 (nearest half
    size); ``eu`` = (foot + 15 mm) x 3/20 and ``mondopoint_mm`` = the foot (ISO 9407), rounded up.
    The foot used is ``foot_mm`` + (``toe_room_mm`` - 10): the scales already allow a thumb's width.
    ``fits_up_to_mm`` gives the foot length each size is meant for (mm). A UK or US size below 1 (a
    children's size) is None. Brands differ: see ``ShoeAdvice.brand``.
    """

    mondopoint_mm: float
    eu: float
    uk: Optional[float]
    us_men: Optional[float]
    us_women: Optional[float]
    foot_mm: float
    toe_room_mm: float
    last_mm: float
    fits_up_to_mm: SizeFits

    def to_dict(self):
        return {"mondopoint_mm": self.mondopoint_mm, "eu": self.eu, "uk": self.uk, "us_men": self.us_men,
                "us_women": self.us_women, "foot_mm": self.foot_mm, "toe_room_mm": self.toe_room_mm,
                "last_mm": self.last_mm, "fits_up_to_mm": self.fits_up_to_mm.to_dict()}


@dataclass(frozen=True)
class BrandSize:
    """The size in a brand's published chart (``ShoeAdvice.brand``).

    ``chart_sex`` is the chart used ("male": only men's charts are shipped). Out of the chart
    (``in_chart`` False) the sizes are None. ``fits_up_to_mm`` is the chart's foot length for the
    size, ``smaller_fits_up_to_mm`` that of the next smaller size (mm).
    """

    name: str
    chart: str
    chart_sex: str
    source: str
    read_on: str
    in_chart: bool
    us: Optional[float]
    uk: Optional[float]
    eu: Optional[float]
    fits_up_to_mm: Optional[float]
    smaller_fits_up_to_mm: Optional[float]

    def to_dict(self):
        return {"name": self.name, "chart": self.chart, "chart_sex": self.chart_sex, "source": self.source,
                "read_on": self.read_on, "in_chart": self.in_chart, "us": self.us, "uk": self.uk, "eu": self.eu,
                "fits_up_to_mm": self.fits_up_to_mm, "smaller_fits_up_to_mm": self.smaller_fits_up_to_mm}


@dataclass(frozen=True)
class WidthBounds:
    """Foot widths (mm) from which a foot counts as wide and extra wide at the runner's size and sex:
    the width chart's standard width plus one and three Brannock letters (3/16 in each) when
    ``from_chart``, else 0.40 and 0.44 of the foot length (sex unknown or size outside the chart)."""

    wide_from_mm: float
    extra_wide_from_mm: float
    from_chart: bool

    def to_dict(self):
        return {"wide_from_mm": self.wide_from_mm, "extra_wide_from_mm": self.extra_wide_from_mm,
                "from_chart": self.from_chart}


@dataclass(frozen=True)
class ChartRow:
    """One row of a brand chart: US, UK and EU sizes and the foot length (mm) they are for."""

    us: float
    uk: float
    eu: float
    foot_mm: float


@dataclass(frozen=True)
class BrandChart:
    """A shipped brand chart: ``name`` (the ``brand=`` value), title, sex ("male"), the address it
    was read from and the date (YYYY-MM-DD), a note on what its lengths are, and its rows."""

    name: str
    title: str
    sex: str
    source: str
    read_on: str
    note: str
    rows: Tuple[ChartRow, ...]


def _sex_word(sex):
    return "male" if sex == _capi.CALFCARE_SEX_MALE else "female"


def brand_charts():
    """The shipped brand charts, as the library holds them (only men's charts are shipped)."""
    charts = []
    for brand in range(_capi.CALFCARE_SHOES_BRAND_COUNT):
        info = _capi.calfcare_shoes_chart()
        _capi.calfcare_shoes_chart_info(brand, _capi.CALFCARE_SEX_MALE, info)
        rows = []
        for i in range(info.row_count):
            r = _capi.calfcare_shoes_chart_entry()
            _capi.calfcare_shoes_chart_row(brand, _capi.CALFCARE_SEX_MALE, i, r)
            rows.append(ChartRow(r.us, r.uk, r.eu, r.foot_mm))
        charts.append(BrandChart(info.name, info.title, _sex_word(info.sex), info.source, info.read_on, info.note,
                                 tuple(rows)))
    return tuple(charts)


def _brand(b):
    if b.brand < 0:
        return None
    info = _capi.calfcare_shoes_chart()
    _capi.calfcare_shoes_chart_info(b.brand, b.sex, info)
    return BrandSize(info.name, info.title, _sex_word(b.sex), info.source, info.read_on, bool(b.in_chart),
                     nan_to_none(b.us), nan_to_none(b.uk), nan_to_none(b.eu), nan_to_none(b.fits_up_to_mm),
                     nan_to_none(b.smaller_fits_up_to_mm))


@dataclass(frozen=True)
class TransitionWeek:
    """One week of a transition plan: share of the weekly distance in the new shoe (percent) and
    that share of ``weekly_km`` in km (None when the weekly distance was not given)."""

    week: int
    share_pct: int
    km: Optional[float]

    def to_dict(self):
        return {"week": self.week, "share_pct": self.share_pct, "km": self.km}


@dataclass(frozen=True)
class DropAdvice:
    """What to do about the drop: ``advice`` is "none", "ok", "transition" or "do_not_lower";
    ``transition_weeks`` is 0 when there is no plan; ``change_mm`` is new - current drop (mm);
    ``minimalist_cap_km`` the weekly cap in minimalist shoes (km) or None."""

    advice: str
    transition_weeks: int
    weekly_plan: Tuple[TransitionWeek, ...]
    change_mm: Optional[float]
    minimalist_cap_km: Optional[float]

    def to_dict(self):
        return {"advice": self.advice, "transition_weeks": self.transition_weeks,
                "weekly_plan": [w.to_dict() for w in self.weekly_plan], "change_mm": self.change_mm,
                "minimalist_cap_km": self.minimalist_cap_km}


@dataclass(frozen=True)
class Replacement:
    """Replacement: ``due`` is True/False, or None when neither distance nor age was given;
    ``km_left`` (km, negative when overdue) and ``months_left`` are None when unknown."""

    due: Optional[bool]
    km_left: Optional[float]
    limit_km: float
    months_left: Optional[float]
    limit_months: float

    def to_dict(self):
        return {"due": self.due, "km_left": self.km_left, "limit_km": self.limit_km,
                "months_left": self.months_left, "limit_months": self.limit_months}


@dataclass(frozen=True)
class StackCheck:
    """Racing stack-height checks of the current shoe (None when the stack was not given)."""

    road_ok: Optional[bool]
    track_ok: Optional[bool]
    road_limit_mm: float
    track_limit_mm: float

    def to_dict(self):
        return {"road_ok": self.road_ok, "track_ok": self.track_ok, "road_limit_mm": self.road_limit_mm,
                "track_limit_mm": self.track_limit_mm}


@dataclass(frozen=True)
class AdviceItem:
    """One piece of advice: ``code`` is the stable snake_case name, ``id`` the stable number
    (4000-4999), ``text`` the library's sentence with the runner's numbers, ``value`` its main
    number (unit in the text) or None, with the rule's source key and evidence strength."""

    code: str
    id: int
    text: str
    value: Optional[float]
    source: str
    strength: str

    def to_dict(self):
        return {"code": self.code, "id": self.id, "text": self.text, "value": self.value,
                "source": self.source, "strength": self.strength}


@dataclass(frozen=True)
class ShoeAdvice:
    """Result of :func:`shoe_advice`; ``to_dict()`` gives the ``calfcare shoes --json`` object.

    ``width`` is the width letter on the runner's last (women's B/D/2E, men's D/2E/4E) when the
    sex is known, else the class name ("standard", "wide", "extra_wide"); None without a width.
    ``category`` is "neutral" or "neutral_cushioned" (comfort first; pronation is not used).
    """

    size: ShoeSize
    width: Optional[str]
    width_class: Optional[str]
    width_ratio: Optional[float]
    category: str
    drop: DropAdvice
    replace: Replacement
    stack: StackCheck
    advice: Tuple[AdviceItem, ...]
    brand: Optional[BrandSize] = None
    width_bounds: Optional["WidthBounds"] = None

    @property
    def codes(self):
        """The advice ids (ints) in report order."""
        return [a.id for a in self.advice]

    def to_dict(self):
        return {"size": self.size.to_dict(), "width": self.width, "width_class": self.width_class,
                "width_ratio": self.width_ratio, "width_bounds": self.width_bounds.to_dict() if self.width_bounds else None,
                "category": self.category, "drop": self.drop.to_dict(),
                "replace": self.replace.to_dict(), "stack": self.stack.to_dict(),
                "advice": [a.to_dict() for a in self.advice],
                "brand": self.brand.to_dict() if self.brand else None}


def _tristate(v):
    return None if v < 0 else bool(v)


def _convert(out):
    s = out.size
    fits = SizeFits(s.mondopoint_mm, s.eu_fits_mm, nan_to_none(s.uk_fits_mm), nan_to_none(s.us_men_fits_mm),
                    nan_to_none(s.us_women_fits_mm))
    size = ShoeSize(s.mondopoint_mm, s.eu, nan_to_none(s.uk), nan_to_none(s.us_men), nan_to_none(s.us_women),
                    s.foot_mm, s.toe_room_mm, s.last_mm, fits)
    if out.width == _capi.CALFCARE_SHOES_WIDTH_UNKNOWN:
        width = width_class = None
    else:
        width_class = _capi.calfcare_shoes_width_name(out.width)
        width = _capi.calfcare_shoes_width_letter(out.width, out.sex) if out.sex >= 0 else width_class
    plan = []
    for i in range(out.plan_count):
        w = out.plan_week(i)
        plan.append(TransitionWeek(w.week, int(w.share_pct), nan_to_none(w.km)))
    drop = DropAdvice(_capi.calfcare_shoes_drop_name(out.drop), out.transition_weeks, tuple(plan),
                      nan_to_none(out.drop_change_mm), nan_to_none(out.minimalist_cap_km))
    replace = Replacement(_tristate(out.replace_due), nan_to_none(out.km_left), out.limit_km,
                          nan_to_none(out.months_left), out.limit_months)
    stack = StackCheck(_tristate(out.road_stack_ok), _tristate(out.track_stack_ok),
                       _capi.CALFCARE_SHOES_ROAD_STACK_MM, _capi.CALFCARE_SHOES_TRACK_STACK_MM)
    items = []
    for i in range(out.advice_count):
        it = out.advice_item(i)
        r = _capi.calfcare_reason_lookup(it.code)
        items.append(AdviceItem(r.name if r else "unknown", it.code, it.text, nan_to_none(it.value),
                                r.source if r else "", r.strength if r else ""))
    return ShoeAdvice(size, width, width_class, nan_to_none(out.width_ratio),
                      _capi.calfcare_shoes_category_name(out.category), drop, replace, stack, tuple(items),
                      _brand(out.brand_size),
                      WidthBounds(out.width_wide_from_mm, out.width_extra_wide_from_mm, bool(out.width_from_chart)))


def shoe_advice(**inputs):
    """Shoe-fit guidance tied to calf load.

    Keywords (all optional except ``foot_length_mm``; None means unknown):
    foot_length_mm (mm, a number or (left, right)), foot_width_mm (mm), sex ("female"/"male"),
    arch ("low"/"normal"/"high"), pronation ("over"/"neutral"/"under"), weekly_km (km),
    body_mass_kg (kg), calf_pain (bool or "yes"/"no"), current_drop_mm (mm), new_drop_mm (mm),
    stack_mm (mm), cushioning ("soft"/"medium"/"firm"), shoe_km (km), shoe_age_months (months),
    minimalist (bool), pairs (int), limit_km (km, default 800), limit_months (months, default 12),
    toe_room_mm (mm, 10-15, default 10), new_minimalist (bool), brand ("nike"/"new_balance": also the
    size in that brand's published chart; an unknown brand raises InvalidInputError naming "brand"
    and listing the known ones).

    Returns a :class:`ShoeAdvice`. Raises InvalidInputError (``.field`` names the input) for an
    out-of-range value, an unknown word, a missing foot length or a width that does not fit the
    length; TypeError for an unknown keyword.
    """
    inp = make_input(_capi.CALFCARE_INPUT_SCHEMA_SHOES, inputs)
    out = _capi.calfcare_shoes_advice()
    _capi.calfcare_shoes_advise(inp, out)
    return _convert(out)


shoe_advice.__doc__ += schema_doc(_capi.CALFCARE_INPUT_SCHEMA_SHOES)
shoe_advice.__signature__ = keyword_signature(_capi.CALFCARE_INPUT_SCHEMA_SHOES, "ShoeAdvice")


# `calfcare.shoes(**inputs)`: the short name of the same function.
shoes = shoe_advice
