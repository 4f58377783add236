"""Every sentence the window says about data: translated templates around the models' facts.

The data controller decides *what* to say (a series failed, the cache was set aside, the
banner is up); this module is *how* it is said, in one place. Messages from ``models``
(errors, notices) stay in English, as the README says; the templates around them are
translated here, in the ``DataController`` context of the translation files.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.errors import DataError
from models.market.instruments import Instrument
from models.notices import Notice
from models.session.loading.failures import named

CONTEXT = "DataController"


def error_text(instrument: Instrument, error: Exception) -> str:
    """One failed series, for the status bar: the error naming its series."""
    return named(instrument, error)


def notice_text(notice: Notice) -> str:
    """One notice for the status bar, naming the series it is about."""
    text = notice.text.strip()
    label = notice.instrument
    if not label or label in text:
        return text
    return f"{label}: {text}"


def summary(errors: dict[Instrument, Exception]) -> str:
    """One sentence per distinct failure; series failing alike share it ('A, B: offline')."""
    groups: dict[str, list[str]] = {}
    for instrument, error in errors.items():
        text = named(instrument, error)
        prefix = f"{instrument.label}: "
        if text.startswith(prefix):
            groups.setdefault(text.removeprefix(prefix), []).append(instrument.label)
        else:
            groups.setdefault(text, [])
    return " ".join(
        f"{', '.join(labels)}: {text}" if labels else text for text, labels in groups.items()
    )


def unexpected(error: object) -> str:
    """A failure that is not a ``DataError`` (a bug): its type and message, no traceback."""
    if isinstance(error, DataError):
        return str(error)
    return f"Unexpected {type(error).__name__}: {error}"


def empty_message(reason: str, cached: list[str] | None = None) -> str:
    """The banner's text when nothing can be charted: why, what is cached, what to do."""
    reason = reason.rstrip(".") + "."
    if cached:
        return QCoreApplication.translate(
            CONTEXT,
            "{reason} {cached} cached, but a chart needs the equity and one crypto "
            "series: retry, import a CSV file or load the demo data.",
        ).format(reason=reason, cached=", ".join(cached) + (" is" if len(cached) == 1 else " are"))
    return QCoreApplication.translate(
        CONTEXT,
        "{reason} There is nothing cached to chart yet: retry, import a CSV file "
        "or load the demo data.",
    ).format(reason=reason)


def offline_nothing_cached(instruments) -> str:
    """Offline, and none of ``instruments`` is cached."""
    labels = ", ".join(i.label for i in instruments)
    text = QCoreApplication.translate(CONTEXT, "Offline mode: nothing cached for {labels}.")
    return text.format(labels=labels)


def no_data() -> str:
    """Nothing came back and no error says why."""
    return QCoreApplication.translate(CONTEXT, "No data for this selection.")


def refresh_hint() -> str:
    """Added when a failed series stays selected."""
    return QCoreApplication.translate(CONTEXT, "Data ▸ Refresh tries the failed series again.")


def offline_only() -> str:
    """A refresh asked for while offline."""
    return QCoreApplication.translate(CONTEXT, "Offline: showing cached data only.")


def fetch_cancelled(in_status_bar: bool) -> str:
    """After Cancel: the status bar's notice, or the banner's reason."""
    if in_status_bar:
        return QCoreApplication.translate(
            CONTEXT, "Fetch cancelled; the chart and cache are unchanged."
        )
    return QCoreApplication.translate(CONTEXT, "Fetch cancelled.")


def leaving_demo() -> str:
    """Real data asked for while demo data is charted."""
    return QCoreApplication.translate(
        CONTEXT, "Leaving demo data: loading real data from the cache…"
    )


def left_demo() -> str:
    """Real data replaced the demo data on the chart."""
    return QCoreApplication.translate(CONTEXT, "Left demo data; real data is charted.")


def imported(series) -> str:
    """An import was saved to the cache."""
    text = QCoreApplication.translate(CONTEXT, "Imported {rows} bars of {symbol}.")
    return text.format(rows=series.rows, symbol=series.instrument.label)


def settings_reset(keys: list[str]) -> str:
    """Stored settings that were not valid and fell back to their defaults."""
    text = QCoreApplication.translate(
        CONTEXT, "Settings reset to their defaults (the stored values were not valid): {keys}."
    )
    return text.format(keys=", ".join(keys))
