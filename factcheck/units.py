"""Units of measure that convert into each other: "6.2 miles" states a claim of 10 km.

A figure in a unit no claim is in, but of the same dimension as a claim's unit (a length, a mass,
an area, a volume, a speed, a power, an energy or a temperature), is restated in the claim's unit.
The restated figure carries a tolerance: the rounding of the figure as written (half its last
significant place: "6.2" is 6.15 to 6.25), or 1 % for the rounded conversion factors writers use
("a mile is 1.6 km"), or 5 % for a figure given as about one ("about 60 feet" for 18.5 m). The judge
takes a canonical figure within that tolerance for the same one.

Units are the normalised keys of :func:`factcheck.text.unit_key` ("km", "mi", "m2", "°c").
Units whose size depends on the country are left out: tons (short, long or metric), gallons,
pints, and data sizes (a gigabyte of 1,000 or 1,024 megabytes); so are miles for nautical miles,
which sailors call miles.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

#: Slack for a conversion factor rounded by the writer ("a mile is 1.6 km"), as a share of the figure.
FACTOR_SLACK = Fraction(1, 100)
#: Slack for a figure given as rough ("about 60 feet" for 18.5 m, which is 60.7 feet).
ROUGH_SLACK = Fraction(5, 100)


@dataclass(frozen=True, slots=True)
class Scale:
    """A unit's place in its dimension: ``factor`` base units each, after ``offset`` (temperatures)."""

    dimension: str
    factor: Fraction
    offset: Fraction = Fraction(0)


def _scales(dimension: str, factors: dict[str, Fraction | int | str]) -> dict[str, Scale]:
    return {unit: Scale(dimension, Fraction(factor)) for unit, factor in factors.items()}


_MILE = Fraction("1609.344")
_POUND = Fraction("0.45359237")

#: Every convertible unit, by its normalised key.
SCALES: dict[str, Scale] = {
    **_scales("length", {
        "mm": Fraction(1, 1000), "cm": Fraction(1, 100), "m": 1, "km": 1000, "inch": Fraction("0.0254"),
        "ft": Fraction("0.3048"), "yard": Fraction("0.9144"), "yd": Fraction("0.9144"), "mi": _MILE,
        "nautical mile": 1852, "nmi": 1852,
    }),
    **_scales("mass", {
        "mg": Fraction(1, 10**6), "g": Fraction(1, 1000), "kg": 1, "tonne": 1000, "lb": _POUND, "lbs": _POUND,
        "oz": _POUND / 16,
    }),
    **_scales("area", {
        "m2": 1, "km2": 10**6, "ha": 10**4, "hectare": 10**4, "acre": Fraction("4046.8564224"),
        "ft2": Fraction("0.09290304"), "mi2": _MILE * _MILE,
    }),
    **_scales("volume", {
        "ml": Fraction(1, 1000), "l": 1, "kl": 1000, "megalitre": 10**6, "gigalitre": 10**9, "m3": 1000,
        "km3": 10**12, "ft3": Fraction("28.316846592"),
    }),
    **_scales("speed", {
        "km/h": Fraction(1000, 3600), "kph": Fraction(1000, 3600), "m/s": 1, "mph": _MILE / 3600,
        "mi/h": _MILE / 3600, "kt": Fraction(1852, 3600),
    }),
    **_scales("power", {"w": 1, "kw": 1000, "mw": 10**6, "gw": 10**9}),
    **_scales("energy", {"wh": 1, "kwh": 1000, "mwh": 10**6, "gwh": 10**9, "twh": 10**12}),
    "°c": Scale("temperature", Fraction(1)),
    "°f": Scale("temperature", Fraction(5, 9), Fraction(-32)),
}  # fmt: skip


#: How a unit's key is written in a report, where the key is not how people write it.
_SYMBOLS = {
    "yard": "yd", "°c": "°C", "°f": "°F", "m2": "m²", "km2": "km²", "ft2": "sq ft", "mi2": "sq mi", "m3": "m³",
    "km3": "km³", "ft3": "cu ft", "w": "W", "kw": "kW", "mw": "MW", "gw": "GW", "wh": "Wh", "kwh": "kWh",
    "mwh": "MWh", "gwh": "GWh", "twh": "TWh", "megalitre": "ML", "gigalitre": "GL", "l": "L", "kl": "kL",
}  # fmt: skip


def unit_symbol(unit: str) -> str:
    """A unit's key as people write it: "°F" for "°f", "km²" for "km2"."""
    return _SYMBOLS.get(unit, unit)


@dataclass(frozen=True, slots=True)
class Converted:
    """A figure restated in another unit: ``value`` (and ``high``) give or take ``tolerance``."""

    value: float
    high: float | None
    tolerance: float


#: Pairs of units that writers use for each other, and so are not converted: at sea, "a 3,650-mile race" is
#: in nautical miles.
_AMBIGUOUS = frozenset({frozenset({"mi", "nautical mile"}), frozenset({"mi", "nmi"})})


def convertible(source: str, target: str) -> bool:
    """Whether a figure in ``source`` can be restated in ``target``: two units of one dimension."""
    a, b = SCALES.get(source), SCALES.get(target)
    if a is None or b is None or a.dimension != b.dimension or source == target:
        return False
    return frozenset({source, target}) not in _AMBIGUOUS


def convert(value: float, high: float | None, source: str, target: str, rough: bool = False) -> Converted | None:
    """``value`` (to ``high``) in ``source`` units restated in ``target`` units, or ``None`` when
    the two are no units of one dimension. A ``rough`` figure ("about 60 feet") may be off by 5 %."""
    if not convertible(source, target):
        return None
    a, b = SCALES[source], SCALES[target]
    low = _restated(value, a, b)
    slack = ROUGH_SLACK if rough else FACTOR_SLACK
    step: Fraction = _half_step(value) * abs(a.factor / b.factor)
    share: Fraction = abs(low) * slack
    tolerance = step if step > share else share
    if high is None:
        return Converted(float(low), None, float(tolerance))
    return Converted(float(low), float(_restated(high, a, b)), float(tolerance))


def _restated(value: float, a: Scale, b: Scale) -> Fraction:
    base = (Fraction(value) + a.offset) * a.factor
    return base / b.factor - b.offset


def _half_step(value: float) -> Fraction:
    """Half the place of a figure's last significant digit: 0.05 for 6.2, 50 for 1,500; a figure of
    one significant digit and trailing zeros is read to two ("10" to 1, "2,000" to 100)."""
    figure = Decimal(repr(abs(value))).normalize()
    _, digits, exponent = figure.as_tuple()
    assert isinstance(exponent, int)  # (a finite figure)
    if len(digits) == 1 and exponent > 0:
        exponent -= 1
    return Fraction(10) ** exponent / 2
