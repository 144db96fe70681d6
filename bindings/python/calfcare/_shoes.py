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

from typing import Optional, Tuple

from . import capi as _capi
from ._common import Advice, Result, advice_of, keyword_signature, schema_doc, make_input, nan_to_none, result
from ._common import word_enum, optional_import, frame_columns, frame_error, frame_words, Error
from ._common import frame_advice, frame_result

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
    "WidthClass",
    "ShoeCategory",
    "DropKind",
    "Brand",
    "Sex",
    "shoes_frame",
]

WidthClass = word_enum("WidthClass", __name__, [_capi.calfcare_shoes_width_name(i) for i in (1, 2, 3)],
                       "Width class of a foot at its size and sex: standard, wide, extra_wide.")
ShoeCategory = word_enum("ShoeCategory", __name__, [_capi.calfcare_shoes_category_name(i) for i in (1, 2)],
                         "Shoe category: neutral or neutral_cushioned (comfort first; pronation is not used).")
Brand = word_enum("Brand", __name__, [_capi.calfcare_shoes_brand_name(i) for i in range(_capi.CALFCARE_SHOES_BRAND_COUNT)],
                  "A brand with a shipped size chart (the brand= words): nike, new_balance.")


def _sex_words():
    f = _capi.calfcare_input_field_at(_capi.CALFCARE_INPUT_SCHEMA_SHOES,
                                      _capi.calfcare_input_field_parse(_capi.CALFCARE_INPUT_SCHEMA_SHOES, "sex"))
    return [f.choice(_capi.CALFCARE_SEX_FEMALE), f.choice(_capi.CALFCARE_SEX_MALE)]


Sex = word_enum("Sex", __name__, _sex_words(), "The sex of a chart or last (the sex= words): female, male.")
DropKind = word_enum("DropKind", __name__, [_capi.calfcare_shoes_drop_name(i) for i in (0, 1, 2, 3)],
                     "What to do about the heel-to-toe drop: none, ok, transition, do_not_lower.")


@result
class SizeFits(Result):
    """The foot length (mm) each size of a :class:`ShoeSize` is meant for: "fits feet up to"."""

    mondopoint: float
    eu: float
    uk: Optional[float]
    us_men: Optional[float]
    us_women: Optional[float]



@result
class ShoeSize(Result):
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



@result
class BrandSize(Result):
    """The size in a brand's published chart (``ShoeAdvice.brand``).

    ``chart_sex`` is the chart used ("male": only men's charts are shipped). Out of the chart
    (``in_chart`` False) the sizes are None. ``fits_up_to_mm`` is the chart's foot length for the
    size, ``smaller_fits_up_to_mm`` that of the next smaller size (mm).
    """

    name: Brand
    chart: str
    chart_sex: Sex
    source: str
    read_on: str
    in_chart: bool
    us: Optional[float]
    uk: Optional[float]
    eu: Optional[float]
    fits_up_to_mm: Optional[float]
    smaller_fits_up_to_mm: Optional[float]



@result
class WidthBounds(Result):
    """Foot widths (mm) from which a foot counts as wide and extra wide at the runner's size and sex:
    the width chart's standard width plus one and three Brannock letters (3/16 in each) when
    ``from_chart``, else 0.40 and 0.44 of the foot length (sex unknown or size outside the chart)."""

    wide_from_mm: float
    extra_wide_from_mm: float
    from_chart: bool



@result
class ChartRow(Result):
    """One row of a brand chart: US, UK and EU sizes and the foot length (mm) they are for."""

    us: float
    uk: float
    eu: float
    foot_mm: float


@result(rows="rows")
class BrandChart(Result):
    """A shipped brand chart: ``name`` (the ``brand=`` value), title, sex ("male"), the address it
    was read from and the date (YYYY-MM-DD), a note on what its lengths are, and its rows."""

    name: Brand
    title: str
    sex: Sex
    source: str
    read_on: str
    note: str
    rows: Tuple[ChartRow, ...]


def _sex_word(sex):
    return Sex.MALE if sex == _capi.CALFCARE_SEX_MALE else Sex.FEMALE


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
        charts.append(BrandChart(Brand(info.name), info.title, _sex_word(info.sex), info.source, info.read_on, info.note,
                                 tuple(rows)))
    return tuple(charts)


def _brand(b):
    if b.brand < 0:
        return None
    info = _capi.calfcare_shoes_chart()
    _capi.calfcare_shoes_chart_info(b.brand, b.sex, info)
    return BrandSize(Brand(info.name), info.title, _sex_word(b.sex), info.source, info.read_on, bool(b.in_chart),
                     nan_to_none(b.us), nan_to_none(b.uk), nan_to_none(b.eu), nan_to_none(b.fits_up_to_mm),
                     nan_to_none(b.smaller_fits_up_to_mm))


@result
class TransitionWeek(Result):
    """One week of a transition plan: share of the weekly distance in the new shoe (percent) and
    that share of ``weekly_km`` in km (None when the weekly distance was not given)."""

    week: int
    share_pct: int
    km: Optional[float]



@result(rows="weekly_plan")
class DropAdvice(Result):
    """What to do about the drop: ``advice`` is "none", "ok", "transition" or "do_not_lower";
    ``transition_weeks`` is 0 when there is no plan; ``change_mm`` is new - current drop (mm);
    ``minimalist_cap_km`` the weekly cap in minimalist shoes (km) or None."""

    advice: str
    transition_weeks: int
    weekly_plan: Tuple[TransitionWeek, ...]
    change_mm: Optional[float]
    minimalist_cap_km: Optional[float]



@result
class Replacement(Result):
    """Replacement: ``due`` is True/False, or None when neither distance nor age was given;
    ``km_left`` (km, negative when overdue) and ``months_left`` are None when unknown."""

    due: Optional[bool]
    km_left: Optional[float]
    limit_km: float
    months_left: Optional[float]
    limit_months: float



@result
class StackCheck(Result):
    """Racing stack-height checks of the current shoe (None when the stack was not given)."""

    road_ok: Optional[bool]
    track_ok: Optional[bool]
    road_limit_mm: float
    track_limit_mm: float



@result
class ShoeAdvice(Result):
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
    advice: Tuple[Advice, ...]
    brand: Optional[BrandSize] = None
    width_bounds: Optional["WidthBounds"] = None

    @property
    def codes(self):
        """The advice codes (ints) in report order."""
        return tuple(a.code for a in self.advice)



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
        width_class = WidthClass(_capi.calfcare_shoes_width_name(out.width))
        width = _capi.calfcare_shoes_width_letter(out.width, out.sex) if out.sex >= 0 else width_class
    plan = []
    for i in range(out.plan_count):
        w = out.plan_week(i)
        plan.append(TransitionWeek(w.week, int(w.share_pct), nan_to_none(w.km)))
    drop = DropAdvice(DropKind(_capi.calfcare_shoes_drop_name(out.drop)), out.transition_weeks, tuple(plan),
                      nan_to_none(out.drop_change_mm), nan_to_none(out.minimalist_cap_km))
    replace = Replacement(_tristate(out.replace_due), nan_to_none(out.km_left), out.limit_km,
                          nan_to_none(out.months_left), out.limit_months)
    stack = StackCheck(_tristate(out.road_stack_ok), _tristate(out.track_stack_ok),
                       _capi.CALFCARE_SHOES_ROAD_STACK_MM, _capi.CALFCARE_SHOES_TRACK_STACK_MM)
    items = []
    for i in range(out.advice_count):
        it = out.advice_item(i)
        items.append(advice_of(it.code, it.text, nan_to_none(it.value)))
    return ShoeAdvice(size, width, width_class, nan_to_none(out.width_ratio),
                      ShoeCategory(_capi.calfcare_shoes_category_name(out.category)), drop, replace, stack, tuple(items),
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


_SHOE_NUMBERS = ("mondopoint_mm", "eu", "uk", "us_men", "us_women", "foot_mm", "last_mm", "width_ratio",
                 "drop_change_mm", "minimalist_cap_km", "km_left", "months_left")


def _tristate_word(v):
    return None if v < 0 else bool(v)


def shoes_frame(df):
    """:func:`shoes` for every row of a DataFrame: one row per runner, columns named as the keywords
    (``foot_length_mm`` required in every row; a missing cell of another column is unknown). Looped
    in C like :func:`calfcare.diagnose_frame`.

    Returns a DataFrame with the input's index: the sizes (``mondopoint_mm``, ``eu``, ``uk``,
    ``us_men``, ``us_women``; NaN where a size has none), ``foot_mm``, ``last_mm``, ``width`` (the
    letter when the sex is known, else the class), ``width_class``, ``width_ratio``, ``category``,
    ``drop`` (a :class:`DropKind` word), ``transition_weeks``, ``drop_change_mm``,
    ``minimalist_cap_km``, ``replace_due``, ``km_left``, ``months_left``, ``road_stack_ok``,
    ``track_stack_ok`` (True, False or None when unknown) and ``advice`` (tuple of advice names).
    A bad cell raises InvalidInputError naming the row (``.row``) and the field.
    """
    np = optional_import("numpy", "calfcare.shoes_frame")
    pd = optional_import("pandas", "calfcare.shoes_frame")
    schema = _capi.CALFCARE_INPUT_SCHEMA_SHOES
    names, columns = frame_columns(schema, df, "calfcare.shoes_frame")
    n = len(df)
    d = np.empty((n, len(_SHOE_NUMBERS)))
    k = np.empty((n, 8), dtype=np.intc)
    kinds = np.empty(n, dtype=np.intc)
    try:
        lists = _capi.frame_run(schema, names, columns, n, d, k, kinds)
    except Error as e:
        raise frame_error(e, df.index) from None
    out = {name: d[:, i] for i, name in enumerate(_SHOE_NUMBERS[:7])}
    pair = k[:, 0] * 4 + (k[:, 1] + 1)  # width and sex (-1 unknown) in one code

    def width_of(code):
        width, sex = code // 4, code % 4 - 1
        if width == _capi.CALFCARE_SHOES_WIDTH_UNKNOWN:
            return None
        return _capi.calfcare_shoes_width_letter(width, sex) if sex >= 0 else _capi.calfcare_shoes_width_name(width)

    out["width"] = frame_words(pair, width_of)
    out["width_class"] = frame_words(k[:, 0], lambda w: None if w == _capi.CALFCARE_SHOES_WIDTH_UNKNOWN
                                     else _capi.calfcare_shoes_width_name(w))
    out["width_ratio"] = d[:, 7]
    out["category"] = frame_words(k[:, 2], _capi.calfcare_shoes_category_name)
    out["drop"] = frame_words(k[:, 3], _capi.calfcare_shoes_drop_name)
    out["transition_weeks"] = k[:, 4].astype(np.int64)
    out["drop_change_mm"] = d[:, 8]
    out["minimalist_cap_km"] = d[:, 9]
    out["replace_due"] = frame_words(k[:, 5], _tristate_word)
    out["km_left"] = d[:, 10]
    out["months_left"] = d[:, 11]
    out["road_stack_ok"] = frame_words(k[:, 6], _tristate_word)
    out["track_stack_ok"] = frame_words(k[:, 7], _tristate_word)
    out["advice"] = frame_advice(lists, kinds)
    return frame_result(out, df.index)  # the arrays are new: no copy of them
