"""Number formatting for traders: signed percents, thousands separators, lags in days.

Pure functions shared by the panels and the chart, so a correlation, a return or an N
reads the same everywhere it is shown. Numbers follow the UI locale (``set_ui_locale``,
called once by ``app.translations``): "2,310" and "0.48" in English, "2 310" and "0,48" in
Russian, "2.310" and "0,48" in Vietnamese; the day unit is the UI language's. Missing
values (None or NaN) render as an em dash.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from models.analysis.ccf_result import WEEKLY_CAVEAT
from models.analysis.lag_window import ALL_LAGS, LEAD_30_90, window_for_span
from models.analysis.pvalues import p_statement

MISSING = "—"
#: the unit after a number of days ("+42 d"); translated in the "formatting" context
DAY_UNIT = QT_TRANSLATE_NOOP("formatting", "d")
#: the draws behind a p-value at its floor ("p ≤ 0.001 (1,000 draws)")
DRAWS_PHRASE = QT_TRANSLATE_NOOP("formatting", "({n} draws)")
#: the lag windows' names (``models.analysis.lag_window`` presets), translated here
WINDOW_NAMES = {
    ALL_LAGS.name: QT_TRANSLATE_NOOP("formatting", "all lags"),
    LEAD_30_90.name: QT_TRANSLATE_NOOP("formatting", "lead 30-90 d"),
}
#: the returns a cross-correlation is sampled on
SAMPLING_WORDS = {
    "daily": QT_TRANSLATE_NOOP("formatting", "daily"),
    "weekly": QT_TRANSLATE_NOOP("formatting", "weekly"),
}
#: the locale of each UI language (English numbers are the en_US ones)
LOCALES = {"en": "en_US", "ru": "ru_RU", "vi": "vi_VN"}

_locale = QLocale(LOCALES["en"])


def set_ui_locale(language: str) -> None:
    """Write numbers as ``language`` ('en', 'ru', 'vi') does from now on."""
    global _locale
    _locale = QLocale(LOCALES.get(language, LOCALES["en"]))


def ui_locale() -> QLocale:
    """The locale numbers are written in."""
    return _locale


def month_name(month: int) -> str:
    """The short name of ``month`` (1-12) in the UI language: Jan, янв., thg 1."""
    key = (_locale.name(), month)
    if key not in _MONTHS:
        _MONTHS[key] = _locale.standaloneMonthName(month, QLocale.FormatType.ShortFormat)
    return _MONTHS[key]


_MONTHS: dict[tuple[str, int], str] = {}  # the axis labels ask on every repaint


def is_missing(value: float | None) -> bool:
    """True for None and NaN (the two ways a statistic can be absent)."""
    return value is None or (isinstance(value, float) and math.isnan(value))


def format_number(value: float, decimals: int = 0) -> str:
    """``value`` with the locale's separators and ``decimals`` decimals: 2,600.00."""
    text = _locale.toString(float(value), "f", int(decimals))
    return text.replace("\u2212", "-")  # one minus sign everywhere, whatever the locale


def format_signed(value: float, decimals: int = 0) -> str:
    """A number with its sign, and none when it rounds to zero: +12.3, -5.0, 0.0."""
    text = format_number(abs(value), decimals)
    if float(f"{abs(value):.{int(decimals)}f}") == 0:
        return text
    return ("-" if value < 0 else "+") + text


def day_unit() -> str:
    """The unit of a number of days in the UI language ("d" in English)."""
    return QCoreApplication.translate("formatting", DAY_UNIT)


def format_days(days: int) -> str:
    """A lag's number of days with its sign and without the unit: ``+42``, ``0``, ``-7``."""
    return f"{int(days):+d}" if days else "0"


def format_lag(days: int) -> str:
    """A lag in calendar days with its sign and unit: ``+42 d``, ``0 d``, ``-7 d``."""
    return f"{format_days(days)} {day_unit()}"


def format_count(n: int | None) -> str:
    """An observation count with thousands separators: ``2,310``."""
    return MISSING if is_missing(n) else format_number(int(n), 0)


def format_percent(fraction: float | None, digits: int = 1) -> str:
    """A return given as a fraction, as a signed percent: 0.1234 -> ``+12.3%``."""
    if is_missing(fraction):
        return MISSING
    # a return that rounds to zero has no direction: "0.0%", not "-0.0%"
    return format_signed(fraction * 100, digits) + "%"


def format_share(fraction: float | None) -> str:
    """A share without sign (hit rates): 0.714 -> ``71%``."""
    return MISSING if is_missing(fraction) else format_number(fraction * 100, 0) + "%"


def format_correlation(value: float | None) -> str:
    """A correlation coefficient to two decimals: ``0.31``, ``-0.08``."""
    return MISSING if is_missing(value) else format_number(value, 2)


def format_p_value(p: float | None, draws: int | None = None) -> str:
    """A p-value for a table cell: ``0.004``, ``0.12``, ``≤0.001`` at the floor of
    ``draws`` draws (never ``<0.001``), ``0.00049`` below 0.001 off the floor."""
    statement = p_statement(p, draws)
    if statement is None:
        return MISSING
    number = format_number(statement.value, statement.decimals)
    return number if statement.relation == "=" else statement.relation + number


def format_p_stated(p: float | None, draws: int | None = None) -> str:
    """A p-value as ``models.analysis.pvalues.format_p`` states it, in the UI locale:
    ``p = 0.004``, ``p ≤ 0.001 (1,000 draws)`` at the floor of its draws, ``p = —``."""
    statement = p_statement(p, draws)
    if statement is None:
        return f"p = {MISSING}"
    phrase = QCoreApplication.translate("formatting", DRAWS_PHRASE)
    return statement.render(format_number, phrase)


def format_lag_window(window) -> str:
    """A lag window (``LagWindow``) in the UI language: ``lead 30-90 d (+30..+90 d)``,
    ``all lags (-365..+365 d)``, or its span alone for a custom one: ``-20..+45 d``."""
    span = f"{format_days(window.min_lag)}..{format_days(window.max_lag)} {day_unit()}"
    # a window with a preset's span is that preset, however it was made
    name = WINDOW_NAMES.get(window.name or window_for_span(window.min_lag, window.max_lag).name)
    return f"{QCoreApplication.translate('formatting', name)} ({span})" if name else span


def format_sampling(sampling: str) -> str:
    """ "daily" or "weekly" in the UI language (the word as given for another)."""
    word = SAMPLING_WORDS.get(sampling)
    return QCoreApplication.translate("formatting", word) if word else sampling


def weekly_caveat() -> str:
    """What weekly sampling cannot do (``CcfResult.caveat``: a best lag up to 2 days late,
    little power), in the UI language."""
    return QCoreApplication.translate("formatting", WEEKLY_CAVEAT)


def format_price(value: float | None) -> str:
    """A price or index level with separators: 2600 -> ``2,600.00``; small coins keep digits."""
    if is_missing(value):
        return MISSING
    if abs(value) >= 1:
        return format_number(value, 2)
    return format_small(value)


def format_small(value: float) -> str:
    """A value below 1 with six significant digits and the locale's decimal point."""
    text = f"{value:.6g}"
    if "e" in text:
        return text
    return text.replace(".", _locale.decimalPoint())


def format_ratio(value: float | None) -> str:
    """A multiple such as a volume ratio: 2.37 -> ``2.4×``."""
    return MISSING if is_missing(value) else format_number(value, 1) + "×"


def format_compact(value: float) -> str:
    """Large quantities the short way: 3.2B, 450M, 12k (three significant digits)."""
    size = abs(value)
    for limit, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if size >= limit:
            return _three_digits(value / limit) + suffix
    return _three_digits(value)


def _three_digits(value: float) -> str:
    size = abs(value)
    decimals = 0 if size >= 100 or size == 0 else (1 if size >= 10 else 2)
    text = format_number(value, decimals)
    if decimals:  # 2.50 -> 2.5, 3.00 -> 3: compact means no trailing zeros
        point = _locale.decimalPoint()
        text = text.rstrip("0").rstrip(point) if point in text else text
    return text
