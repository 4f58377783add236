"""The one settings adapter: the persisted view state, through an injected QSettings.

What the user chose is a ``models.session.view_state.ViewState``; settings are its
persisted projection (``ViewState.persisted``), written by the view state's owner when
it changes (``app.view_state``). Every read is typed (``type=``) because QSettings hands
back strings from INI files on some platforms. ``SCHEMA_VERSION`` is stored with the
values; a file written by a newer or unknown schema is ignored key by key (unreadable
values fall back to defaults) rather than trusted. Tests set ``$LIQUIDITY_CASCADE_SETTINGS``
to an INI path. Beside the view state it remembers the window layout, the folder each
kind of file dialog was last used in (``folder``), the cascade's chain and the altseason
universe the user edited (``altseason_universe``).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass

from PySide6.QtCore import QByteArray, QSettings

from models.analysis.event_study import DEFAULT_HORIZONS
from models.analysis.leadlag import SAMPLINGS
from models.cascade.stages import chain_from_settings, chain_settings
from models.derived.universe import Universe
from models.errors import DataError
from models.market.instruments import Catalogue, load_catalogue
from models.session.view_state import (
    ViewState,
    clamp_lag,
    params_with_resets,
    searchable_window,
)
from models.vocabulary import DEFAULT_PANES, EQUITY_STYLES, LOG_AXES, PANES, SCALES, THEMES

SETTINGS_ENV = "LIQUIDITY_CASCADE_SETTINGS"
ORGANISATION = "LiquidityCascade"
APPLICATION = "LiquidityCascade"
SCHEMA_VERSION = 1
_EXCHANGE_NAME = re.compile(r"^[a-z][a-z0-9_]{1,31}$")
#: the user's altseason universe (a JSON list of symbols)
UNIVERSE_KEY = "altseason/universe"
#: the periodic refresh's choices, in minutes (0: off, the default)
REFRESH_MINUTES = (0, 15, 60, 240)
NOTIFY_KEY, REFRESH_KEY = "notifications/new_breakouts", "notifications/refresh_minutes"


@dataclass(frozen=True)
class NotificationChoice:
    """Whether a refresh that finds a new breakout or a changed verdict notifies, and how
    often the window refreshes by itself (minutes, one of ``REFRESH_MINUTES``; 0: never)."""

    notify: bool = True
    refresh_minutes: int = 0


def open_qsettings() -> QSettings:
    """The QSettings to use: an INI file at ``$LIQUIDITY_CASCADE_SETTINGS`` or the user scope."""
    path = os.environ.get(SETTINGS_ENV)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


class SettingsStore:
    """Reads and writes the persisted ``ViewState`` and the window layout through one QSettings.

    ``load`` checks every stored value; a value that is not what its key holds (a symbol
    that is not one, a rule the detector does not know, a look-back of -5 or "abc") falls
    back to its default and its key is named in ``resets`` for the status bar to say.
    """

    def __init__(self, qsettings: QSettings) -> None:
        self._q = qsettings
        self.resets: list[str] = []

    @property
    def path(self) -> str:
        """Where the settings live (for the help dialog and diagnostics)."""
        return self._q.fileName()

    def load(self) -> ViewState:
        """The stored view state (no dates in view), with defaults for anything missing or
        unreadable, every value checked (``resets`` names the keys that fell back)."""
        default = ViewState()
        self.resets = []
        if self._q.value("schema_version", 0, type=int) > SCHEMA_VERSION:
            return default
        params, bad_fields = params_with_resets(self._json("detector/params", {}, dict))
        self.resets += [f"detector/params.{name}" for name in bad_fields]
        state = ViewState(
            equity=self._checked("session/equity", default.equity, _is_symbol),
            crypto=self._crypto(default.crypto),
            exchange=self._checked("session/exchange", default.exchange, _is_exchange_name),
            statistics_target=self._str("session/statistics_target", ""),
            lag_days=self._lag(default.lag_days),
            scale=self._checked("chart/scale", default.scale, _is_stored_scale),
            log_axis=self._checked("chart/log_axis", default.log_axis, LOG_AXES.__contains__),
            equity_style=self._checked(
                "chart/equity_style", default.equity_style, EQUITY_STYLES.__contains__
            ),
            equity_log=self._bool("chart/equity_log", default.equity_log),
            panes=tuple(p for p in PANES if self._bool(f"panes/{p}", p in DEFAULT_PANES)),
            theme=self._checked("ui/theme", default.theme, THEMES.__contains__),
            params=params,
            lag_window=self._lag_window(default.lag_window),
            sampling=self._checked("statistics/sampling", default.sampling, SAMPLINGS.__contains__),
            headline_horizon=self._whole(
                "statistics/headline_horizon",
                default.headline_horizon,
                DEFAULT_HORIZONS.__contains__,
            ),
        )
        return state.cleaned()

    def save(self, state: ViewState) -> None:
        """Write the persisted part of ``state`` (cleaned) and the schema version."""
        s = state.cleaned()
        self._q.setValue("schema_version", SCHEMA_VERSION)
        self._q.setValue("session/equity", s.equity)
        self._q.setValue("session/crypto", json.dumps(list(s.crypto)))
        self._q.setValue("session/exchange", s.exchange)
        self._q.setValue("session/statistics_target", s.statistics_target or "")
        self._q.setValue("session/lag_days", s.lag_days)
        self._q.setValue("chart/scale", s.scale)
        self._q.setValue("chart/log_axis", s.log_axis)
        self._q.setValue("chart/equity_style", s.equity_style)
        self._q.setValue("chart/equity_log", s.equity_log)
        self._q.setValue("ui/theme", s.theme)
        self._q.setValue("detector/params", json.dumps(asdict(s.params), default=str))
        self._q.setValue("statistics/lag_window_min", s.lag_window.min_lag)
        self._q.setValue("statistics/lag_window_max", s.lag_window.max_lag)
        self._q.setValue("statistics/sampling", s.sampling)
        self._q.setValue("statistics/headline_horizon", s.headline_horizon)
        for pane, shown in s.panes_shown().items():
            self._q.setValue(f"panes/{pane}", shown)
        self._q.sync()

    def cascade_chain(self) -> tuple:
        """The cascade's stages as saved (``models.cascade.stages``), the default chain
        when none were saved or the saved ones cannot be read."""
        return chain_from_settings(self._json("cascade/stages", None, list))

    def save_cascade_chain(self, chain) -> None:
        """Keep the cascade's stages (their texts, ``-`` marking an inverted stage)."""
        self._q.setValue("cascade/stages", json.dumps(chain_settings(chain)))
        self._q.sync()

    def altseason_universe(self, catalogue: Catalogue) -> Universe:
        """The altseason universe as the user left it (``catalogue``'s when none was
        saved). Entries that no longer resolve or may not be alts are dropped, and an
        unusable list gives the catalogue's; either way ``resets`` names the key."""
        stored = self._json(UNIVERSE_KEY, None, list)
        if stored is None:
            return Universe.default(catalogue)
        universe, dropped = Universe.from_settings(catalogue, stored)
        if dropped and UNIVERSE_KEY not in self.resets:
            self.resets.append(UNIVERSE_KEY)
        return universe

    def save_altseason_universe(self, universe: Universe) -> None:
        """Keep the altseason universe (its symbols, in the user's order)."""
        self._q.setValue(UNIVERSE_KEY, json.dumps(universe.to_settings()))
        self._q.sync()

    def notification_choice(self) -> NotificationChoice:
        """The notifications' switches as saved (defaults for what is missing; a bad value
        falls back and its key is named in ``resets``)."""
        default = NotificationChoice()
        return NotificationChoice(
            notify=self._bool(NOTIFY_KEY, default.notify),
            refresh_minutes=self._whole(
                REFRESH_KEY, default.refresh_minutes, REFRESH_MINUTES.__contains__
            ),
        )

    def save_notification_choice(self, choice: NotificationChoice) -> None:
        """Keep the notifications' switches."""
        self._q.setValue(NOTIFY_KEY, bool(choice.notify))
        self._q.setValue(REFRESH_KEY, int(choice.refresh_minutes))
        self._q.sync()

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        """Store ``QMainWindow.saveGeometry()`` and ``saveState()`` (docks and toolbars)."""
        self._q.setValue("window/geometry", geometry)
        self._q.setValue("window/state", state)
        self._q.sync()

    def folder(self, kind: str) -> str:
        """The folder a file dialog of ``kind`` ('export', 'import') was last used in ('')."""
        return self._str(f"files/{kind}_folder", "")

    def save_folder(self, kind: str, folder: str) -> None:
        """Remember ``folder`` for the next file dialog of ``kind``."""
        self._q.setValue(f"files/{kind}_folder", str(folder))
        self._q.sync()

    def window_layout(self) -> tuple[QByteArray | None, QByteArray | None]:
        """The stored window geometry and dock state, or None for each one missing."""
        return self._bytes("window/geometry"), self._bytes("window/state")

    # --- typed, checked reads ----------------------------------------------------------

    def _reset(self, key: str, default):
        self.resets.append(key)
        return default

    def _raw(self, key: str):
        return self._q.value(key, None)

    def _str(self, key: str, default: str) -> str:
        raw = self._raw(key)
        if raw is None:
            return default
        return raw if isinstance(raw, str) else self._reset(key, default)

    def _checked(self, key: str, default: str, fits) -> str:
        value = self._str(key, default)
        return value if value == default or fits(value) else self._reset(key, default)

    def _crypto(self, default: tuple[str, ...]) -> tuple[str, ...]:
        raw = self._raw("session/crypto")
        if raw is None:
            return default
        value = self._json("session/crypto", None, list)
        ok = (
            value is not None and value and all(isinstance(c, str) and _is_symbol(c) for c in value)
        )
        return tuple(value) if ok else self._reset("session/crypto", default)

    def _lag(self, default: int) -> int:
        raw = self._raw("session/lag_days")
        if raw is None:
            return default
        try:
            days = int(str(raw).strip())
        except ValueError:
            return self._reset("session/lag_days", default)
        if clamp_lag(days) != days:
            self.resets.append("session/lag_days")
        return clamp_lag(days)

    def _whole(self, key: str, default: int, fits) -> int:
        raw = self._raw(key)
        if raw is None:
            return default
        try:
            value = int(str(raw).strip())
        except ValueError:
            return self._reset(key, default)
        return value if fits(value) else self._reset(key, default)

    def _lag_window(self, default):
        """The lags searched, each end within the slider's reach (``searchable_window``)."""
        low = self._whole("statistics/lag_window_min", default.min_lag, _within_reach)
        high = self._whole("statistics/lag_window_max", default.max_lag, _within_reach)
        return searchable_window(low, high)

    def _bool(self, key: str, default: bool) -> bool:
        raw = self._raw(key)
        if raw is None or isinstance(raw, bool):
            return default if raw is None else raw
        text = str(raw).strip().lower()
        if text in ("true", "1"):
            return True
        if text in ("false", "0"):
            return False
        return self._reset(key, default)

    def _json(self, key: str, default, kind: type):
        raw = self._raw(key)
        if raw is None or raw == "":
            return default
        try:
            value = json.loads(raw) if isinstance(raw, str) else None
        except ValueError:
            value = None
        return value if isinstance(value, kind) else self._reset(key, default)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._q.value(key, QByteArray(), type=QByteArray)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def _is_symbol(text: str) -> bool:
    """True when the catalogue reads ``text`` as an instrument (a pinned exchange's name
    well formed; whether ccxt knows it is checked when the selection loads)."""
    try:
        instrument = load_catalogue().resolve(text)
    except DataError:
        return False
    return not instrument.exchange or _is_exchange_name(instrument.exchange)


def _within_reach(days: int) -> bool:
    """True for a lag the slider reaches (an end of the lags searched)."""
    return clamp_lag(days) == days


def _is_stored_scale(text: str) -> bool:
    """A scale, or "log" (written before the log axis was a switch of its own)."""
    return text in SCALES or text == "log"


def _is_exchange_name(text: str) -> bool:
    return bool(_EXCHANGE_NAME.match(text))
