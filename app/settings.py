"""The one settings adapter: what the user chose, read and written through an injected QSettings.

Every read is typed (``type=``) because QSettings hands back strings from INI files on
some platforms. ``SCHEMA_VERSION`` is stored with the values; a file written by a newer
or unknown schema is ignored key by key (unreadable values fall back to defaults) rather
than trusted. Tests set ``$LIQUIDITY_CASCADE_SETTINGS`` to an INI path.
"""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field

from PySide6.QtCore import QByteArray, QSettings

from models.vocabulary import EQUITY_STYLES, LAG_LIMIT_DAYS, PANES, SCALES, THEMES

SETTINGS_ENV = "LIQUIDITY_CASCADE_SETTINGS"
ORGANISATION = "LiquidityCascade"
APPLICATION = "LiquidityCascade"
SCHEMA_VERSION = 1

LAG_LIMIT = LAG_LIMIT_DAYS


@dataclass
class AppSettings:
    """Everything about a session the user expects to find again next time."""

    equity: str = "^RUT"
    crypto: list[str] = field(default_factory=lambda: ["BTC/USDT", "ETH/USDT"])
    exchange: str = ""
    lag_days: int = 0
    scale: str = "index"
    equity_style: str = "candles"
    equity_log: bool = False
    theme: str = "light"
    detector: dict = field(default_factory=dict)  # BreakoutParams fields by name
    panes: dict[str, bool] = field(default_factory=lambda: dict.fromkeys(PANES, True))

    def cleaned(self) -> AppSettings:
        """A copy with every value forced into its allowed range."""
        return AppSettings(
            equity=self.equity.strip() or "^RUT",
            crypto=[c for c in self.crypto if c.strip()] or ["BTC/USDT", "ETH/USDT"],
            exchange=self.exchange.strip().lower(),
            lag_days=max(-LAG_LIMIT, min(LAG_LIMIT, int(self.lag_days))),
            scale=self.scale if self.scale in SCALES else "index",
            equity_style=self.equity_style if self.equity_style in EQUITY_STYLES else "candles",
            equity_log=bool(self.equity_log),
            theme=self.theme if self.theme in THEMES else "light",
            detector=dict(self.detector),
            panes={p: bool(self.panes.get(p, True)) for p in PANES},
        )


def open_qsettings() -> QSettings:
    """The QSettings to use: an INI file at ``$LIQUIDITY_CASCADE_SETTINGS`` or the user scope."""
    path = os.environ.get(SETTINGS_ENV)
    if path:
        return QSettings(path, QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


class SettingsStore:
    """Reads and writes ``AppSettings`` and the window layout through one QSettings."""

    def __init__(self, qsettings: QSettings) -> None:
        self._q = qsettings

    @property
    def path(self) -> str:
        """Where the settings live (for the help dialog and diagnostics)."""
        return self._q.fileName()

    def load(self) -> AppSettings:
        """The stored settings, with defaults for anything missing or unreadable."""
        default = AppSettings()
        if self._q.value("schema_version", 0, type=int) > SCHEMA_VERSION:
            return default
        return AppSettings(
            equity=self._str("session/equity", default.equity),
            crypto=self._json("session/crypto", default.crypto, list),
            exchange=self._str("session/exchange", default.exchange),
            lag_days=self._int("session/lag_days", default.lag_days),
            scale=self._str("chart/scale", default.scale),
            equity_style=self._str("chart/equity_style", default.equity_style),
            equity_log=self._bool("chart/equity_log", default.equity_log),
            theme=self._str("ui/theme", default.theme),
            detector=self._json("detector/params", default.detector, dict),
            panes={p: self._bool(f"panes/{p}", True) for p in PANES},
        ).cleaned()

    def save(self, settings: AppSettings) -> None:
        """Write every field (cleaned) and the schema version."""
        s = settings.cleaned()
        self._q.setValue("schema_version", SCHEMA_VERSION)
        self._q.setValue("session/equity", s.equity)
        self._q.setValue("session/crypto", json.dumps(s.crypto))
        self._q.setValue("session/exchange", s.exchange)
        self._q.setValue("session/lag_days", s.lag_days)
        self._q.setValue("chart/scale", s.scale)
        self._q.setValue("chart/equity_style", s.equity_style)
        self._q.setValue("chart/equity_log", s.equity_log)
        self._q.setValue("ui/theme", s.theme)
        self._q.setValue("detector/params", json.dumps(s.detector, default=str))
        for pane, visible in s.panes.items():
            self._q.setValue(f"panes/{pane}", visible)
        self._q.sync()

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        """Store ``QMainWindow.saveGeometry()`` and ``saveState()`` (docks and toolbars)."""
        self._q.setValue("window/geometry", geometry)
        self._q.setValue("window/state", state)
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


def settings_as_dict(settings: AppSettings) -> dict:
    """Plain-dict view of the settings, for export sidecars."""
    return asdict(settings.cleaned())
