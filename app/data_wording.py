"""Every sentence the window says about data, translated, built from the models' facts.

The data controller decides *what* to say (a series failed, the cache was set aside, the
banner is up); this module is *how* it is said, in one place, through Qt translation
(context ``DataController``). An error is worded from its type and its fields (the
series, the source or exchange, how a connection failed, the path of a set-aside file),
a notice from its ``kind`` and ``details``, so a Russian or Vietnamese user never reads
the models' English. Only what has no template (a file's bad row, a parameter the user
typed) keeps the models' sentence. The command line prints the models' English as is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models import errors as e
from models import notices as n
from models.market.instruments import CCXT, YAHOO, Instrument
from models.notices import Notice

CONTEXT = "DataController"
# Every translatable sentence is a literal QCoreApplication.translate("DataController", "...") call,
# which lupdate finds; a helper or a table of texts would hide them from it.


# --- errors ----------------------------------------------------------------------------------


def error_text(instrument: Instrument, error: Exception) -> str:
    """One failed series, for the status bar: '<label>: <what failed and what to do>'."""
    return QCoreApplication.translate("DataController", "{label}: {what}").format(
        label=instrument.label, what=describe(error, instrument)
    )


def describe(error: Exception, instrument: Instrument | None = None) -> str:
    """What failed and what to do, translated from the error's type and fields; an error
    a cache load carried to the fetch that failed too (``carried``) is said first."""
    carried = getattr(error, "carried", None)
    said = _describe(error, instrument)
    return f"{_describe(carried, instrument)} {said}" if carried is not None else said


def _describe(error: Exception, instrument: Instrument | None) -> str:
    source = _source(error, instrument)
    if isinstance(error, e.NotCachedOffline):
        return QCoreApplication.translate(
            "DataController", "nothing is cached and the app is working offline."
        )
    if isinstance(error, e.NetworkDown) and getattr(error, "failed_first", ""):
        return QCoreApplication.translate(
            "DataController", "not fetched: {source} could not be reached for {first}."
        ).format(source=source, first=error.failed_first)
    if isinstance(error, e.NetworkDown):
        return QCoreApplication.translate(
            "DataController", "{source} could not be reached ({how}); check the connection."
        ).format(source=source, how=_how(error.reason))
    if isinstance(error, e.RateLimited):
        return QCoreApplication.translate(
            "DataController",
            "{source} is limiting requests (HTTP 429); try again in a few minutes.",
        ).format(source=source)
    if isinstance(error, e.RegionBlocked):
        return QCoreApplication.translate(
            "DataController",
            "{source} refuses this region (HTTP 451); pin an exchange that serves it, "
            "for example BTC/USDT@kraken, or clear the copy cached from it.",
        ).format(source=source)
    if isinstance(error, e.SourceUnavailable):
        return QCoreApplication.translate(
            "DataController", "{source} is unavailable right now; try again later."
        ).format(source=source)
    if isinstance(error, e.BadResponse):
        return QCoreApplication.translate(
            "DataController",
            "{source} sent an answer that cannot be right; nothing of it was saved. "
            "Try again later.",
        ).format(source=source)
    if isinstance(error, e.UnknownSymbol):
        return QCoreApplication.translate(
            "DataController", "{source} does not know this symbol."
        ).format(source=source)
    if isinstance(error, e.NoDataInRange):
        return QCoreApplication.translate("DataController", "no bars in the requested range.")
    if isinstance(error, e.CacheCorrupt):
        return _set_aside(getattr(error, "path", ""), getattr(error, "moved", True))
    if isinstance(error, e.StorageError):
        return storage(error)
    if isinstance(error, e.Cancelled):
        return QCoreApplication.translate(
            "DataController", "cancelled; the chart and the cache are unchanged."
        )
    return str(error).strip()


def storage(error: e.StorageError) -> str:
    """The disk's refusal, naming the path and what to do."""
    reason, path = error.reason, error.path
    if reason == e.StorageError.DISK_FULL:
        text = QCoreApplication.translate(
            "DataController", "The disk holding {path} is full; free some space."
        )
    elif reason == e.StorageError.READ_ONLY:
        text = QCoreApplication.translate(
            "DataController",
            "{path} is on a read-only disk; choose a writable cache folder "
            "(--cache-dir or LIQUIDITY_CASCADE_CACHE_DIR).",
        )
    elif reason == e.StorageError.NO_PERMISSION:
        text = QCoreApplication.translate(
            "DataController",
            "No permission to write at {path}; allow it or choose another cache folder "
            "(--cache-dir or LIQUIDITY_CASCADE_CACHE_DIR).",
        )
    elif reason == e.StorageError.NAME_TOO_LONG:
        text = QCoreApplication.translate(
            "DataController", "The name {path} is too long for the file system."
        )
    elif reason == e.StorageError.NOT_A_FOLDER:
        text = QCoreApplication.translate(
            "DataController",
            "{path} is in the way: a file where a folder is needed; move it or choose "
            "another cache folder.",
        )
    else:
        return str(error)
    return text.format(path=path)


def _source(error: Exception, instrument: Instrument | None) -> str:
    exchange = getattr(error, "exchange", "") or (instrument.exchange if instrument else "")
    if exchange:
        return exchange
    if instrument is not None and instrument.source == YAHOO:
        return "Yahoo Finance"
    if instrument is not None and instrument.source == CCXT:
        return QCoreApplication.translate("DataController", "the exchange")
    return QCoreApplication.translate("DataController", "the data source")


def _how(reason: str) -> str:
    if reason == e.NetworkDown.TIMEOUT:
        return QCoreApplication.translate("DataController", "no answer in time")
    if reason == e.NetworkDown.RESET:
        return QCoreApplication.translate("DataController", "the connection was reset")
    if reason == e.NetworkDown.DNS:
        return QCoreApplication.translate("DataController", "the name did not resolve")
    return QCoreApplication.translate("DataController", "no connection")


def _set_aside(path: str, moved: bool = True) -> str:
    if not moved:
        return QCoreApplication.translate(
            "DataController",
            "the cached file could not be read and could not be moved aside; it is skipped.",
        )
    if path:
        return QCoreApplication.translate(
            "DataController",
            "the cached file could not be read; it was moved to {path} and is fetched again.",
        ).format(path=path)
    return QCoreApplication.translate(
        "DataController",
        "the cached file could not be read; it was set aside and is fetched again.",
    )


def summary(errors: dict[Instrument, Exception]) -> str:
    """One sentence per distinct failure; series failing alike share it ('A, B: offline')."""
    groups: dict[str, list[str]] = {}
    for instrument, error in errors.items():
        groups.setdefault(describe(error, instrument), []).append(instrument.label)
    return " ".join(
        QCoreApplication.translate("DataController", "{label}: {what}").format(
            label=", ".join(labels), what=what
        )
        for what, labels in groups.items()
    )


def unexpected(error: object) -> str:
    """A failure with no series: a ``DataError`` worded, anything else (a bug) by type."""
    if isinstance(error, e.DataError):
        return describe(error)
    return QCoreApplication.translate("DataController", "Unexpected {kind}: {message}").format(
        kind=type(error).__name__, message=error
    )


# --- notices ---------------------------------------------------------------------------------


def notice_text(notice: Notice) -> str:
    """One notice for the status bar, naming the series it is about, from its kind."""
    label = notice.instrument
    what = _notice(notice)
    if what is None:  # no template for this kind: the models' sentence
        what = notice.text.strip()
    if not label or label in what:
        return what
    return QCoreApplication.translate("DataController", "{label}: {what}").format(
        label=label, what=what
    )


def _notice(notice: Notice) -> str | None:
    d = notice.detail
    kind = notice.kind
    if kind in (n.CACHE_SET_ASIDE, n.CACHE_REBUILT):
        return _set_aside(d("path"), d("moved") != "no")
    if kind == n.PARTIAL_LOST:
        return QCoreApplication.translate(
            "DataController", "the bars fetched before the failure were not kept."
        )
    if kind == n.SHORT_HISTORY:
        return QCoreApplication.translate(
            "DataController", "the source holds less history than was asked for."
        )
    if kind == n.STALE:
        return QCoreApplication.translate(
            "DataController", "could not be refreshed; the cached bars are shown."
        )
    if kind == n.CALENDAR_MISMATCH:
        return QCoreApplication.translate(
            "DataController",
            "{file} looks like {hint} data but {label} trades on the {calendar} calendar.",
        ).format(file=d("file"), hint=d("hint"), label=notice.instrument, calendar=d("calendar"))
    if kind == n.ROWS_SKIPPED:
        return QCoreApplication.translate(
            "DataController", "{file}: {count} rows without prices were skipped."
        ).format(file=d("file"), count=d("count", "?"))
    if kind == n.PARTIAL_KEPT:
        return QCoreApplication.translate(
            "DataController", "kept {count} bars fetched before the failure ({first} .. {last})."
        ).format(count=d("count", "?"), first=d("first"), last=d("last"))
    if kind == n.GAP:
        return QCoreApplication.translate(
            "DataController", "{count} gaps in the fetched bars, the first at {first}."
        ).format(count=d("count", "?"), first=d("first"))
    if kind == n.FALLBACK_EXCHANGE:
        return QCoreApplication.translate(
            "DataController", "served by {exchange} ({failed} failed)."
        ).format(exchange=d("exchange"), failed=d("failed"))
    if kind == n.FUTURE_IGNORED:
        return QCoreApplication.translate(
            "DataController",
            "{count} cached bars dated after today are ignored; clear the series and "
            "import a corrected file.",
        ).format(count=d("count", "?"))
    if kind == n.SURVIVORSHIP:
        return survivorship(d("size", "?"))
    if kind == n.INPUTS_MISSING:
        return QCoreApplication.translate(
            "DataController",
            "{count} of {size} alts have no bars ({names}); the index counts the others.",
        ).format(count=d("count", "?"), size=d("size", "?"), names=d("names"))
    if kind == n.RESAMPLED:
        rule = (
            QCoreApplication.translate("DataController", "UTC days")
            if d("calendar") != "nyse"
            else QCoreApplication.translate("DataController", "New York session dates")
        )
        return QCoreApplication.translate(
            "DataController", "{file} holds {timeframe} bars; they were made daily bars ({rule})."
        ).format(file=d("file"), timeframe=d("timeframe"), rule=rule)
    return None


def survivorship(size) -> str:
    """The caveat every altseason index carries: its universe of ``size`` alts was picked
    today (the status bar's notice and the breadth pane's tooltip)."""
    return QCoreApplication.translate(
        "DataController",
        "a universe of {size} alts picked today: coins that died or left the top are "
        "missing from earlier years, which flatters the alts (survivorship bias).",
    ).format(size=size)


# --- the window's own sentences ------------------------------------------------------------


def empty_message(reason: str, cached: list[str] | None = None, has_equity: bool = False) -> str:
    """The banner's text when nothing can be charted: why, what is cached, what to do.

    ``has_equity``: the equity is among ``cached`` (the chart still lacks a crypto series)."""
    reason = reason.rstrip(".") + "."
    if cached and has_equity:
        return QCoreApplication.translate(
            "DataController",
            "{reason} Cached: {cached}; a chart needs a crypto series too: retry, "
            "import a CSV file or load the demo data.",
        ).format(reason=reason, cached=", ".join(cached))
    if cached:
        return QCoreApplication.translate(
            "DataController",
            "{reason} Cached: {cached}; a chart needs the equity: retry, import a CSV "
            "file or load the demo data.",
        ).format(reason=reason, cached=", ".join(cached))
    return QCoreApplication.translate(
        "DataController",
        "{reason} There is nothing cached to chart yet: retry, import a CSV file "
        "or load the demo data.",
    ).format(reason=reason)


def offline_nothing_cached(instruments) -> str:
    """Offline, and none of ``instruments`` is cached."""
    labels = ", ".join(i.label for i in instruments)
    return QCoreApplication.translate(
        "DataController", "Offline mode: nothing cached for {labels}."
    ).format(labels=labels)


def no_data() -> str:
    """Nothing came back and no error says why."""
    return QCoreApplication.translate("DataController", "No data for this selection.")


def refresh_hint() -> str:
    """Added when a failed series stays selected."""
    return QCoreApplication.translate(
        "DataController", "Data ▸ Refresh tries the failed series again."
    )


def offline_only() -> str:
    """A refresh asked for while offline."""
    return QCoreApplication.translate("DataController", "Offline: showing cached data only.")


def fetch_cancelled(in_status_bar: bool) -> str:
    """After Cancel: the status bar's notice, or the banner's reason."""
    if in_status_bar:
        return QCoreApplication.translate(
            "DataController", "Fetch cancelled; the chart and cache are unchanged."
        )
    return QCoreApplication.translate("DataController", "Fetch cancelled.")


def leaving_demo() -> str:
    """Real data asked for while demo data is charted."""
    return QCoreApplication.translate(
        "DataController", "Leaving demo data: loading real data from the cache…"
    )


def left_demo() -> str:
    """Real data replaced the demo data on the chart."""
    return QCoreApplication.translate("DataController", "Left demo data; real data is charted.")


def imported(series) -> str:
    """An import was saved to the cache."""
    text = QCoreApplication.translate("DataController", "Imported {rows} bars of {symbol}.")
    return text.format(rows=series.rows, symbol=series.instrument.label)


def settings_reset(keys: list[str]) -> str:
    """Stored settings that were not valid and fell back to their defaults."""
    text = QCoreApplication.translate(
        "DataController",
        "Settings reset to their defaults (the stored values were not valid): {keys}.",
    )
    return text.format(keys=", ".join(keys))
