"""The one owner of what the user is looking at: a ``ViewState`` and its change signals.

Widgets ask for changes through the ``set_*`` methods; each method checks the value,
replaces the record and announces the change once (a specific signal, then
``changed``), so every part of the window reads the same lag, scale or panes. Settings
are the persisted part of the state: after a change to it they are written once the
state has been still for ``SAVE_DELAY_MS`` (a slider drag writes once, not per step),
and ``flush`` writes at once (on close). The replay's day (``set_as_of``) is view state
too but never persisted: a replay is one session's exploration, and the next start opens
live. While synthetic demo data is shown
(``set_demo``), the session's part of the settings (instruments, lag, statistics target,
breakout rule) stays as it was: exploring the demo does not change the user's next start.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
from PySide6.QtCore import QObject, QTimer, Signal

from models.analysis.breakout_params import BreakoutParams
from models.analysis.event_study import DEFAULT_HORIZONS
from models.analysis.leadlag import SAMPLINGS
from models.replay.as_of import as_of_day
from models.session.view_state import ViewState, clamp_lag, searchable_window
from models.vocabulary import EQUITY_STYLES, LOG_AXES, SCALES, THEMES

#: settings are written when the persisted state has not changed for this long
SAVE_DELAY_MS = 500
#: the part of the state that belongs to a session (kept as it was while a demo is shown)
SESSION_FIELDS = ("equity", "crypto", "exchange", "statistics_target", "lag_days", "params")


class ViewStateOwner(QObject):
    """Holds the window's ``ViewState``, announces each change, persists it (debounced).

    ``store`` is an ``app.settings.SettingsStore`` (None: nothing is persisted).
    """

    changed = Signal(object)  # the new ViewState, after any change
    selection_changed = Signal(str, list, str)  # equity, crypto, exchange
    statistics_target_changed = Signal(object)  # crypto label or None (the first)
    lag_changed = Signal(int)
    scale_changed = Signal(str)
    log_axis_changed = Signal(str)
    equity_style_changed = Signal(str)
    equity_log_changed = Signal(bool)
    pane_visibility_changed = Signal(str, bool)
    theme_changed = Signal(str)
    params_changed = Signal(object)  # BreakoutParams
    lag_window_changed = Signal(object)  # LagWindow
    sampling_changed = Signal(str)
    headline_horizon_changed = Signal(int)
    visible_range_changed = Signal(object, object)  # first and last date shown
    #: the replay's day: a ``pd.Timestamp`` at midnight, or None for the live view
    as_of_changed = Signal(object)

    def __init__(
        self,
        state: ViewState | None = None,
        store=None,
        save_delay_ms: int = SAVE_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = (state or ViewState()).cleaned()
        self._store = store
        self._kept: dict | None = None  # the session fields settings keep during a demo
        # not in the ViewState record and never written: a replay is this session's
        # exploration of the past, and a restart opens on the live view
        self._as_of: pd.Timestamp | None = None
        self._saved = self._state.persisted()
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(save_delay_ms)
        self._save_timer.timeout.connect(self.flush)

    @property
    def state(self) -> ViewState:
        """The current record (frozen: a change makes a new one)."""
        return self._state

    @property
    def as_of(self) -> pd.Timestamp | None:
        """The replay's day (midnight, no time zone), or None while the view is live."""
        return self._as_of

    @property
    def exchange(self) -> str:
        """The exchange that pins unpinned ccxt pairs ('' for the default chain)."""
        return self._state.exchange

    # --- changes ------------------------------------------------------------------------

    def set_selection(self, equity: str, crypto: list[str]) -> None:
        """The instruments in force, as typed (the exchange is kept)."""
        if self._update(equity=equity, crypto=tuple(crypto)):
            self._announce_selection()

    def set_exchange(self, exchange: str) -> None:
        """The exchange for unpinned ccxt pairs."""
        if self._update(exchange=exchange):
            self._announce_selection()

    def set_statistics_target(self, target: str | None) -> None:
        """The crypto the statistics describe (None: the first that aligns)."""
        if self._update(statistics_target=target):
            self._announce(self.statistics_target_changed, self._state.statistics_target)

    def set_lag(self, lag_days: int) -> None:
        """The lag in calendar days, clamped to the slider's reach."""
        if self._update(lag_days=clamp_lag(lag_days)):
            self._announce(self.lag_changed, self._state.lag_days)

    def set_scale(self, scale: str) -> None:
        """The crypto pane's scale; raises ValueError for one not in ``SCALES``."""
        _check(scale, SCALES, "scale")
        if self._update(scale=scale):
            self._announce(self.scale_changed, scale)

    def set_log_axis(self, choice: str) -> None:
        """The crypto pane's log axis: "auto", "on" or "off" (``LOG_AXES``)."""
        _check(choice, LOG_AXES, "log axis")
        if self._update(log_axis=choice):
            self._announce(self.log_axis_changed, choice)

    def set_demo(self, on: bool) -> None:
        """A demo session is shown (or no longer): its lag, instruments, target and rule
        are not written to the settings."""
        if on and self._kept is None:
            self._kept = {name: getattr(self._saved, name) for name in SESSION_FIELDS}
        elif not on:
            self._kept = None

    def set_equity_style(self, style: str) -> None:
        """Candles or line; raises ValueError for one not in ``EQUITY_STYLES``."""
        _check(style, EQUITY_STYLES, "equity style")
        if self._update(equity_style=style):
            self._announce(self.equity_style_changed, style)

    def set_equity_log(self, on: bool) -> None:
        """Log scale for the equity pane."""
        if self._update(equity_log=bool(on)):
            self._announce(self.equity_log_changed, bool(on))

    def set_pane_visible(self, pane: str, visible: bool) -> None:
        """Show or hide one of ``PANES``; raises ValueError for an unknown pane."""
        if self._replace(self._state.with_pane(pane, bool(visible))):
            self._announce(self.pane_visibility_changed, pane, bool(visible))

    def set_theme(self, theme: str) -> None:
        """'light' or 'dark'; raises ValueError for another theme."""
        _check(theme, THEMES, "theme")
        if self._update(theme=theme):
            self._announce(self.theme_changed, theme)

    def set_params(self, params: BreakoutParams) -> None:
        """The breakout detector's rule and parameters."""
        if self._update(params=params):
            self._announce(self.params_changed, params)

    def set_lag_window(self, min_lag: int, max_lag: int) -> None:
        """The lags the best lag is searched in, ``min_lag..max_lag`` calendar days (clamped
        to the slider's reach, put in order; a preset's span takes the preset's name)."""
        if self._update(lag_window=searchable_window(min_lag, max_lag)):
            self._announce(self.lag_window_changed, self._state.lag_window)

    def set_sampling(self, sampling: str) -> None:
        """Daily or weekly returns for the cross-correlation; ValueError for another."""
        _check(sampling, SAMPLINGS, "sampling")
        if self._update(sampling=sampling):
            self._announce(self.sampling_changed, sampling)

    def set_headline_horizon(self, days: int) -> None:
        """The event study's headline horizon (one of ``DEFAULT_HORIZONS``): chosen before
        looking, never the lag. ValueError for another."""
        if int(days) not in DEFAULT_HORIZONS:
            raise ValueError(f"unknown headline horizon {days!r}; expected {DEFAULT_HORIZONS}")
        if self._update(headline_horizon=int(days)):
            self._announce(self.headline_horizon_changed, int(days))

    def set_visible_range(self, start, end) -> None:
        """The dates in view (date-likes: the chart's ``range_changed``)."""
        span = (pd.Timestamp(start), pd.Timestamp(end))
        if self._update(visible=span):
            self._announce(self.visible_range_changed, *span)

    def set_as_of(self, day) -> None:
        """Replay as of ``day`` (a date-like: everything shown uses only the bars known by
        that day's close), or None for the live view."""
        day = None if day is None else as_of_day(day)
        if day != self._as_of:
            self._as_of = day
            self._announce(self.as_of_changed, day)

    def flush(self) -> None:
        """Write the settings now if the persisted state changed since the last write."""
        self._save_timer.stop()
        persisted = self._persisted()
        if self._store is not None and persisted != self._saved:
            self._store.save(persisted)
            self._saved = persisted

    # --- internals ----------------------------------------------------------------------

    def _update(self, **changes) -> bool:
        return self._replace(replace(self._state, **changes).cleaned())

    def _replace(self, state: ViewState) -> bool:
        if state == self._state:
            return False
        self._state = state
        if self._store is not None and self._persisted() != self._saved:
            self._save_timer.start()
        return True

    def _persisted(self) -> ViewState:
        """What the settings should hold now (a demo keeps the session's part as it was)."""
        persisted = self._state.persisted()
        return persisted if self._kept is None else replace(persisted, **self._kept)

    def _announce(self, signal, *args) -> None:
        signal.emit(*args)
        self.changed.emit(self._state)

    def _announce_selection(self) -> None:
        s = self._state
        self._announce(self.selection_changed, s.equity, list(s.crypto), s.exchange)


def _check(value: str, allowed: tuple[str, ...], what: str) -> None:
    if value not in allowed:
        raise ValueError(f"unknown {what} {value!r}; expected one of {allowed}")
