"""Load the UI translations (Vietnamese, Russian) for the user's language.

The language is ``$LIQUIDITY_CASCADE_LANG`` when set (e.g. ``vi``), else the system
locale. English needs no file. Qt's own strings (standard buttons) come from Qt's
translations when they are installed. Numbers follow the language too: the UI locale of
``widgets.formatting`` and Qt's default locale (spin boxes) are set with the translators.

``INDIRECT_MESSAGES`` marks the texts that widgets translate through a helper
(``_tr("...")``, ``tr_table(...)``) or look up in a data table (field labels, column
headers): lupdate only sees literal ``tr``/``translate`` calls, so without these marks it
would not extract them. tests/app/test_translations.py checks the list stays complete.
"""

from __future__ import annotations

import os

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from resources import path as resource_path
from widgets.formatting import set_ui_locale, ui_locale

LANG_ENV = "LIQUIDITY_CASCADE_LANG"
LANGUAGES = ("en", "vi", "ru")

# context -> source texts translated indirectly (see the module docstring)
INDIRECT_MESSAGES: dict[str, tuple[str, ...]] = {
    "BreakoutTable": (
        # widgets.breakout_rows.COLUMNS
        QT_TRANSLATE_NOOP("BreakoutTable", "Date"),
        QT_TRANSLATE_NOOP("BreakoutTable", "Rule"),
        QT_TRANSLATE_NOOP("BreakoutTable", "Level"),
        QT_TRANSLATE_NOOP("BreakoutTable", "Volume"),
        QT_TRANSLATE_NOOP("BreakoutTable", "Outcome"),
        QT_TRANSLATE_NOOP("BreakoutTable", "+30 d"),
        QT_TRANSLATE_NOOP("BreakoutTable", "+60 d"),
        QT_TRANSLATE_NOOP("BreakoutTable", "+90 d"),
        QT_TRANSLATE_NOOP("BreakoutTable", "At lag"),
        QT_TRANSLATE_NOOP("BreakoutTable", "At {lag}"),
        # widgets.breakout_rows.HEADER_TIPS
        QT_TRANSLATE_NOOP("BreakoutTable", "Session date of the breakout close"),
        QT_TRANSLATE_NOOP("BreakoutTable", "Which detector rule fired"),
        QT_TRANSLATE_NOOP("BreakoutTable", "The level the close broke above"),
        QT_TRANSLATE_NOOP(
            "BreakoutTable",
            "Volume on the breakout day over its 50-session average, with the stand-in's name "
            "when another series' volume was used (✓ meets the volume confirmation multiple, "
            "✗ falls short of it)",
        ),
        QT_TRANSLATE_NOOP(
            "BreakoutTable",
            "Held: the close stayed above the level for the hold period; failed otherwise. "
            "Volume confirmation is shown separately in the Volume column",
        ),
        QT_TRANSLATE_NOOP("BreakoutTable", "Crypto return from the breakout date to 30 days later"),
        QT_TRANSLATE_NOOP("BreakoutTable", "Crypto return from the breakout date to 60 days later"),
        QT_TRANSLATE_NOOP("BreakoutTable", "Crypto return from the breakout date to 90 days later"),
        QT_TRANSLATE_NOOP(
            "BreakoutTable", "Crypto return from the breakout date to the slider's current lag"
        ),
        # rule names (_RULE_NAMES), outcomes (OUTCOMES) and other cell texts
        QT_TRANSLATE_NOOP("BreakoutTable", "ATH after drought"),
        QT_TRANSLATE_NOOP("BreakoutTable", "N-day high"),
        QT_TRANSLATE_NOOP("BreakoutTable", "Failed"),
        QT_TRANSLATE_NOOP("BreakoutTable", "Pending"),
        QT_TRANSLATE_NOOP("BreakoutTable", "Held"),
        QT_TRANSLATE_NOOP("BreakoutTable", "incomplete"),
        QT_TRANSLATE_NOOP("BreakoutTable", "n/a"),
        QT_TRANSLATE_NOOP("BreakoutTable", "no volume"),
        # cell tooltips (widgets.breakout_rows._OUTCOME_TIPS and tooltip_text)
        QT_TRANSLATE_NOOP(
            "BreakoutTable", "Failed: the close fell back below the level within the hold period"
        ),
        QT_TRANSLATE_NOOP(
            "BreakoutTable",
            "Pending: too recent to judge whether the close holds above the level",
        ),
        QT_TRANSLATE_NOOP(
            "BreakoutTable", "Held: the close stayed above the level for the hold period"
        ),
        QT_TRANSLATE_NOOP(
            "BreakoutTable",
            "Incomplete: this horizon runs past the last bar, so its return is not known yet",
        ),
        QT_TRANSLATE_NOOP(
            "BreakoutTable",
            "No crypto return here: the series has no data at the event or at the horizon",
        ),
        QT_TRANSLATE_NOOP("BreakoutTable", "Level {level}, close {close}"),
        QT_TRANSLATE_NOOP("BreakoutTable", "run ends {date}"),
        QT_TRANSLATE_NOOP(
            "BreakoutTable", "Click or press Enter to zoom the chart to this breakout"
        ),
    ),
    # models.records.caption.PHRASES: the caption of the window's exports
    "Caption": (
        QT_TRANSLATE_NOOP("Caption", "{equity} ({name}) vs {crypto}"),
        QT_TRANSLATE_NOOP("Caption", "{equity} ({name})"),
        QT_TRANSLATE_NOOP("Caption", "DEMO DATA: synthetic series, not market prices."),
        QT_TRANSLATE_NOOP("Caption", "Data: {sources}"),
        QT_TRANSLATE_NOOP("Caption", "{label} (synthetic, {timeframe})"),
        QT_TRANSLATE_NOOP("Caption", "{label} ({where}, {timeframe})"),
        QT_TRANSLATE_NOOP("Caption", "{label} ({where}, {origin}, {timeframe})"),
        QT_TRANSLATE_NOOP("Caption", "{exchange} via {source}"),
        QT_TRANSLATE_NOOP("Caption", "imported"),
        QT_TRANSLATE_NOOP("Caption", "fetched"),
        QT_TRANSLATE_NOOP("Caption", "demo"),
        QT_TRANSLATE_NOOP(
            "Caption", "Lag {lag} days (crypto of day t{lag} drawn at t; positive: equity leads)"
        ),
        QT_TRANSLATE_NOOP("Caption", "Scale: {scale}, {axis}"),
        QT_TRANSLATE_NOOP("Caption", "price"),
        QT_TRANSLATE_NOOP("Caption", "% change from {anchor}"),
        QT_TRANSLATE_NOOP("Caption", "indexed to 100 on {anchor}"),
        QT_TRANSLATE_NOOP("Caption", "log axis"),
        QT_TRANSLATE_NOOP("Caption", "linear axis"),
        QT_TRANSLATE_NOOP("Caption", "Alignment: {policy}"),
        QT_TRANSLATE_NOOP("Caption", "NYSE sessions (crypto close on each session date)"),
        QT_TRANSLATE_NOOP(
            "Caption", "calendar days (equity close carried over weekends and holidays)"
        ),
        QT_TRANSLATE_NOOP("Caption", "weekly (last session of each week)"),
        QT_TRANSLATE_NOOP("Caption", "Breakout rule: {rule}"),
        QT_TRANSLATE_NOOP(
            "Caption", "first close above the all-time high after {n} sessions without one"
        ),
        QT_TRANSLATE_NOOP("Caption", "close {pct}% above the {n}-session high"),
        QT_TRANSLATE_NOOP("Caption", "close above {level}"),
        QT_TRANSLATE_NOOP("Caption", "a level not set yet"),
        QT_TRANSLATE_NOOP(
            "Caption",
            "{rule}; volume confirmed at {mult}x its {average}-session average within "
            "{window} sessions; a breakout holds when the close stays above the level "
            "{hold} sessions",
        ),
        QT_TRANSLATE_NOOP(
            "Caption",
            "Correlation of daily log returns, {equity} vs {crypto} at {lag} days: {rho} (N = {n})",
        ),
        QT_TRANSLATE_NOOP(
            "Caption",
            "best lag of {sampling} returns in {window}: {lag} days: {rho}, {p} "
            "(family-wise over that window, {draws} draws), N = {n}",
        ),
        QT_TRANSLATE_NOOP("Caption", "daily"),
        QT_TRANSLATE_NOOP("Caption", "weekly"),
        QT_TRANSLATE_NOOP("Caption", "all lags"),
        QT_TRANSLATE_NOOP("Caption", "lead 30-90 d"),
        QT_TRANSLATE_NOOP("Caption", "{name} ({span})"),
        QT_TRANSLATE_NOOP("Caption", "{low}..{high} days"),
        QT_TRANSLATE_NOOP(
            "Caption",
            "cross-correlation bands: pointwise 95% (each lag alone) and family-wise 95% "
            "over {window}",
        ),
        QT_TRANSLATE_NOOP("Caption", "{n} breakouts ({held} held)"),
        QT_TRANSLATE_NOOP(
            "Caption",
            "headline +{horizon} days, fixed before looking: {crypto} rose after {share}% "
            "of N = {n} breakouts against {baseline}% of all {horizon}-day windows, placebo "
            "{p}, family-wise over {horizons} horizons {family}",
        ),
        QT_TRANSLATE_NOOP("Caption", "N = {n}: an anecdote, not evidence"),
        QT_TRANSLATE_NOOP("Caption", "no crypto series: the statistics need one"),
        QT_TRANSLATE_NOOP("Caption", "n/a"),
        QT_TRANSLATE_NOOP(
            "Caption",
            "Last bar: {lasts} · Exported {stamp} · Liquidity Cascade {version} · {disclaimer}",
        ),
        QT_TRANSLATE_NOOP("Caption", "Not financial advice."),
    ),
    "DetectorPanel": (
        # widgets.detector_panel.RULE_LABELS
        QT_TRANSLATE_NOOP("DetectorPanel", "ATH after a drought"),
        QT_TRANSLATE_NOOP("DetectorPanel", "N-day high"),
        QT_TRANSLATE_NOOP("DetectorPanel", "Level break"),
        # widgets.detector_panel.FIELDS: labels and tooltips
        QT_TRANSLATE_NOOP("DetectorPanel", "Drought"),
        QT_TRANSLATE_NOOP(
            "DetectorPanel",
            "Sessions without a new all-time high before a new one counts (252 = a year)",
        ),
        QT_TRANSLATE_NOOP("DetectorPanel", "N (lookback)"),
        QT_TRANSLATE_NOOP(
            "DetectorPanel", "The close must beat the highest close of this many previous sessions"
        ),
        QT_TRANSLATE_NOOP("DetectorPanel", "Clear by"),
        QT_TRANSLATE_NOOP(
            "DetectorPanel", "How far above the N-day high the close must be, in percent"
        ),
        QT_TRANSLATE_NOOP("DetectorPanel", "Level"),
        QT_TRANSLATE_NOOP(
            "DetectorPanel", "The resistance or round number (e.g. 2,600) a close must cross"
        ),
        QT_TRANSLATE_NOOP("DetectorPanel", "Volume ×"),
        QT_TRANSLATE_NOOP(
            "DetectorPanel", "Volume confirms when it reaches this multiple of its average"
        ),
        QT_TRANSLATE_NOOP("DetectorPanel", "Volume window"),
        QT_TRANSLATE_NOOP(
            "DetectorPanel", "Sessions from the breakout in which the volume may confirm"
        ),
        QT_TRANSLATE_NOOP("DetectorPanel", "Volume average"),
        QT_TRANSLATE_NOOP("DetectorPanel", "Length of the average that volume is compared with"),
        QT_TRANSLATE_NOOP("DetectorPanel", "Hold"),
        QT_TRANSLATE_NOOP(
            "DetectorPanel",
            "Held if the close stays above the level this long; failed otherwise",
        ),
        QT_TRANSLATE_NOOP("DetectorPanel", "Cooldown"),
        QT_TRANSLATE_NOOP("DetectorPanel", "Signals closer than this to an event merge into it"),
        QT_TRANSLATE_NOOP("DetectorPanel", "Shade until"),
        QT_TRANSLATE_NOOP(
            "DetectorPanel",
            "The shading after a breakout stops once the close falls this far below the level",
        ),
        QT_TRANSLATE_NOOP("DetectorPanel", "Shade at most"),
        QT_TRANSLATE_NOOP(
            "DetectorPanel",
            "The shading after a breakout stops after this many sessions at the latest",
        ),
        # widgets.detector_panel.FIELDS: units after the numbers
        QT_TRANSLATE_NOOP("DetectorPanel", " sessions"),
        QT_TRANSLATE_NOOP("DetectorPanel", " %"),
        QT_TRANSLATE_NOOP("DetectorPanel", " % under the level"),
        QT_TRANSLATE_NOOP("DetectorPanel", "×"),
        # messages
        QT_TRANSLATE_NOOP("DetectorPanel", "Unknown rule {rule}"),
        QT_TRANSLATE_NOOP(
            "DetectorPanel", "Enter the level a close must cross (for example 2,600)"
        ),
        QT_TRANSLATE_NOOP(
            "DetectorPanel", "{label} must be between {low} and {high} (got {value})"
        ),
        QT_TRANSLATE_NOOP("DetectorPanel", "Allowed: {low} to {high}"),
    ),
    # Qt's standard dialog buttons: Qt ships no Vietnamese translation of its own
    "QPlatformTheme": (
        QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
        QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    ),
    # models.analysis.ccf_result.WEEKLY_CAVEAT (widgets.formatting.weekly_caveat)
    "formatting": (
        QT_TRANSLATE_NOOP(
            "formatting",
            "Weekly sampling: when the index moves only on sessions, the best lag can read "
            "up to 2 days late (a week's return cannot tell a lead of L days from L+1 or "
            "L+2), and the test has little power (a daily correlation of 0.10 is found in "
            "about 5% of 13-year samples, against about 70% with daily returns): use daily "
            "sampling to find a lead.",
        ),
    ),
}


def use_locale_of(language: str) -> None:
    """Write numbers as ``language`` does: "1 000" and "0,48" in Russian."""
    set_ui_locale(language)
    QLocale.setDefault(ui_locale())


def chosen_language() -> str:
    """The UI language code: the environment override, else the system locale's language."""
    wanted = os.environ.get(LANG_ENV) or QLocale.system().name()
    code = wanted.split("_")[0].split("-")[0].lower()
    return code if code in LANGUAGES else "en"


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install the app's and Qt's translators for ``language``; returns them (keep them alive)."""
    language = language or chosen_language()
    use_locale_of(language)
    if language == "en":
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(str(resource_path(f"i18n/liquidity_cascade_{language}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    qt_own = QTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed
