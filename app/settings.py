"""The one settings adapter: the persisted view state, through an injected QSettings.

What the user chose is a ``models.session.view_state.ViewState``; settings are its
persisted projection (``ViewState.persisted``), written by the view state's owner when
it changes (``app.view_state``). Every read is typed (``type=``) because QSettings hands
back strings from INI files on some platforms. ``SCHEMA_VERSION`` is stored with the
values; a file written by a newer or unknown schema is ignored key by key (unreadable
values fall back to defaults) rather than trusted. Tests set ``$LIQUIDITY_CASCADE_SETTINGS``
to an INI path. Beside the view state it remembers the window layout and the folder each
kind of file dialog was last used in (``folder``).
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict

from PySide6.QtCore import QByteArray, QSettings

from models.session.view_state import ViewState, params_from_record, searchable_window
from models.vocabulary import PANES

SETTINGS_ENV = "LIQUIDITY_CASCADE_SETTINGS"
ORGANISATION = "LiquidityCascade"
APPLICATION = "LiquidityCascade"
SCHEMA_VERSION = 1


def open_qsettings() -> QSettings:
    """The QSettings to use: an INI file at ``$LIQUIDITY_CASCADE_SETTINGS`` or the user scope."""
    path = os.environ.get(SETTINGS_ENV)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


class SettingsStore:
    """Reads and writes the persisted ``ViewState`` and the window layout through one QSettings."""

    def __init__(self, qsettings: QSettings) -> None:
        self._q = qsettings

    @property
    def path(self) -> str:
        """Where the settings live (for the help dialog and diagnostics)."""
        return self._q.fileName()

    def load(self) -> ViewState:
        """The stored view state (no dates in view), with defaults for anything missing or
        unreadable, every value in its range."""
        default = ViewState()
        if self._q.value("schema_version", 0, type=int) > SCHEMA_VERSION:
            return default
        crypto = self._json("session/crypto", list(default.crypto), list)
        return ViewState(
            equity=self._str("session/equity", default.equity),
            crypto=tuple(str(c) for c in crypto),
            exchange=self._str("session/exchange", default.exchange),
            statistics_target=self._str("session/statistics_target", ""),
            lag_days=self._int("session/lag_days", default.lag_days),
            scale=self._str("chart/scale", default.scale),
            log_axis=self._str("chart/log_axis", default.log_axis),
            equity_style=self._str("chart/equity_style", default.equity_style),
            equity_log=self._bool("chart/equity_log", default.equity_log),
            panes=tuple(p for p in PANES if self._bool(f"panes/{p}", True)),
            theme=self._str("ui/theme", default.theme),
            params=params_from_record(self._json("detector/params", {}, dict)),
            lag_window=searchable_window(
                self._int("statistics/lag_window_min", default.lag_window.min_lag),
                self._int("statistics/lag_window_max", default.lag_window.max_lag),
            ),
            sampling=self._str("statistics/sampling", default.sampling),
            headline_horizon=self._int("statistics/headline_horizon", default.headline_horizon),
        ).cleaned()

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

    def _str(self, key: str, default: str) -> str:
        return str(self._q.value(key, default, type=str))

    def _int(self, key: str, default: int) -> int:
        try:
            return int(self._q.value(key, default, type=int))
        except (TypeError, ValueError):
            return default

    def _bool(self, key: str, default: bool) -> bool:
        return bool(self._q.value(key, default, type=bool))

    def _json(self, key: str, default, kind: type):
        raw = self._q.value(key, "", type=str)
        try:
            value = json.loads(raw) if raw else default
        except ValueError:
            return default
        return value if isinstance(value, kind) else default

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._q.value(key, QByteArray(), type=QByteArray)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None
