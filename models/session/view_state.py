"""What the user is looking at, as one Qt-free record: the ``ViewState``.

The instruments (as typed), the crypto the statistics describe, the lag, the crypto
scale and its log axis, how the equity is drawn, the panes shown, the theme, the
breakout rule, the lag window the best lag is searched in (with the returns' sampling),
the event study's headline horizon and the dates in view. The window holds one
(``app.view_state.ViewStateOwner``); its settings are the persisted part of it
(``ViewState.persisted``); every export is drawn from one.

Records are frozen: a change is a new record (``dataclasses.replace``), so an old one
handed to a worker or an export never changes under it. ``cleaned`` forces every value
into its allowed range; ``keeps_visible_range`` says when a newly loaded session only
added bars, and ``keeps_dates`` when it may keep the dates the user was looking at.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace

import pandas as pd

from models.analysis.breakout_params import RULES, BreakoutParams
from models.analysis.event_study import DEFAULT_HORIZONS, DEFAULT_PRIMARY_HORIZON
from models.analysis.lag_window import ALL_LAGS, LagWindow, window_for_span
from models.analysis.leadlag import SAMPLINGS
from models.errors import InvalidParameter
from models.market.instruments import load_catalogue
from models.vocabulary import EQUITY_STYLES, LAG_LIMIT_DAYS, LOG_AXES, PANES, SCALES, THEMES


def _default_equity() -> str:
    return load_catalogue().default_equity


def _default_crypto() -> tuple[str, ...]:
    return tuple(load_catalogue().default_crypto)


@dataclass(frozen=True)
class ViewState:
    """What the user is looking at.

    ``equity``, ``crypto`` and ``exchange`` are the selection as the user would type it
    (``exchange`` pins every ccxt pair not pinned with ``@exchange``).
    ``statistics_target`` is the crypto label the statistics describe; None means the
    first crypto series that aligns with the equity. ``lag_days`` is in calendar days
    (positive: the equity leads). ``scale`` is one of ``SCALES`` and ``log_axis`` one of
    ``LOG_AXES`` ("auto": a log axis when the pane's visible values span more than
    ``AUTO_LOG_RATIO``). ``crypto`` may be empty: the equity is charted alone.
    ``panes`` lists the panes shown, in ``PANES`` order.
    ``lag_window`` is the window of lags the best lag and its family-wise p are judged
    over (within ±``LAG_LIMIT_DAYS``, a preset's name when it has one's span), on
    ``sampling`` returns (one of ``SAMPLINGS``). ``headline_horizon`` is the event
    study's headline horizon in days, one of ``DEFAULT_HORIZONS``: chosen before
    looking, never the lag.
    ``visible`` is the span of dates on the chart (None until the chart has one).
    """

    equity: str = field(default_factory=_default_equity)
    crypto: tuple[str, ...] = field(default_factory=_default_crypto)
    exchange: str = ""
    statistics_target: str | None = None
    lag_days: int = 0
    scale: str = "index"
    log_axis: str = "auto"
    equity_style: str = "candles"
    equity_log: bool = False
    panes: tuple[str, ...] = PANES
    theme: str = "light"
    params: BreakoutParams = field(default_factory=BreakoutParams)
    lag_window: LagWindow = ALL_LAGS
    sampling: str = "daily"
    headline_horizon: int = DEFAULT_PRIMARY_HORIZON
    visible: tuple[pd.Timestamp, pd.Timestamp] | None = None

    def cleaned(self) -> ViewState:
        """A copy with every value forced into its allowed range (unknown names dropped)."""
        default = ViewState()
        crypto = tuple(dict.fromkeys(c.strip() for c in self.crypto if c.strip()))
        target = (self.statistics_target or "").strip()
        scale, log_axis = self.scale, self.log_axis
        if scale == "log":  # written before the log axis was a switch of its own
            scale, log_axis = "price", "on"
        return replace(
            self,
            equity=self.equity.strip() or default.equity,
            crypto=crypto,
            exchange=self.exchange.strip().lower(),
            statistics_target=target or None,
            lag_days=clamp_lag(self.lag_days),
            scale=scale if scale in SCALES else default.scale,
            log_axis=log_axis if log_axis in LOG_AXES else default.log_axis,
            equity_style=self.equity_style
            if self.equity_style in EQUITY_STYLES
            else default.equity_style,
            equity_log=bool(self.equity_log),
            panes=tuple(p for p in PANES if p in self.panes),
            theme=self.theme if self.theme in THEMES else default.theme,
            lag_window=searchable_window(self.lag_window.min_lag, self.lag_window.max_lag),
            sampling=self.sampling if self.sampling in SAMPLINGS else default.sampling,
            headline_horizon=self.headline_horizon
            if self.headline_horizon in DEFAULT_HORIZONS
            else default.headline_horizon,
        )

    def persisted(self) -> ViewState:
        """The part settings keep between runs: everything but the dates in view."""
        return replace(self, visible=None)

    def pane_shown(self, pane: str) -> bool:
        """True when ``pane`` (one of ``PANES``) is shown."""
        return pane in self.panes

    def panes_shown(self) -> dict[str, bool]:
        """Every pane of ``PANES`` with whether it is shown."""
        return {pane: pane in self.panes for pane in PANES}

    def with_pane(self, pane: str, shown: bool) -> ViewState:
        """This state with ``pane`` shown or hidden; raises ValueError for an unknown pane."""
        if pane not in PANES:
            raise ValueError(f"unknown pane {pane!r}; expected one of {PANES}")
        wanted = set(self.panes) | {pane} if shown else set(self.panes) - {pane}
        return replace(self, panes=tuple(p for p in PANES if p in wanted))

    @property
    def visible_start(self) -> pd.Timestamp | None:
        """The first date in view, or None."""
        return None if self.visible is None else self.visible[0]


def clamp_lag(days) -> int:
    """``days`` as whole days within the lag slider's reach (±``LAG_LIMIT_DAYS``)."""
    return max(-LAG_LIMIT_DAYS, min(LAG_LIMIT_DAYS, int(days)))


def searchable_window(min_lag, max_lag) -> LagWindow:
    """The lag window ``min_lag..max_lag`` within the slider's reach (the lags the window
    computes, so a change of window is judged again from the same draws), in order."""
    low, high = sorted((clamp_lag(min_lag), clamp_lag(max_lag)))
    return window_for_span(low, high)


def params_from_record(stored: dict) -> BreakoutParams:
    """Detector parameters from a stored mapping (see ``params_with_resets``)."""
    return params_with_resets(stored)[0]


def params_with_resets(stored: dict) -> tuple[BreakoutParams, list[str]]:
    """Detector parameters from a stored mapping, and the names of the fields that fell
    back to their defaults.

    Unknown keys are ignored (settings written by another version). A value of the wrong
    kind or one the detector refuses (``check_params``: a rule it does not know, a
    negative look-back) falls back alone; a level rule without a usable level falls back
    with its level.
    """
    from models.analysis.breakouts import check_params  # numpy: only when settings load

    default = BreakoutParams()
    kept, bad = {}, []
    for f in fields(BreakoutParams):
        if f.name not in stored:
            continue
        value = stored[f.name]
        try:
            if not _kind_fits(f.name, value, getattr(default, f.name)):
                raise InvalidParameter(f.name)
            if f.name not in ("rule", "level"):  # those two are judged together below
                check_params(replace(default, **{f.name: value}))
        except InvalidParameter:
            bad.append(f.name)
            continue
        kept[f.name] = value
    params = replace(default, **kept)
    try:
        check_params(params)
    except InvalidParameter:
        params = replace(params, rule=default.rule, level=default.level)
        bad += [name for name in ("rule", "level") if name in kept]
    return params, bad


def _kind_fits(name: str, value, wanted) -> bool:
    if name == "rule":
        return value in RULES
    if name == "level":
        return value is None or (_is_number(value) and value > 0)
    if isinstance(wanted, str):
        return isinstance(value, str)
    return _is_number(value) and value == value and abs(value) != float("inf")


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def keeps_visible_range(shown, loaded) -> bool:
    """True when ``loaded`` (a Session) only adds bars to ``shown``: the same instruments
    in the same order, each series starting where it started and ending no earlier.

    A background refresh after a warm start returns such a session; the chart then
    keeps the user's pan and zoom instead of opening on the new session's span.
    """
    if shown is None or loaded is None:
        return False
    before, after = shown.series, loaded.series
    if [s.instrument for s in before] != [s.instrument for s in after]:
        return False
    pairs = zip(before, after, strict=True)
    return all(_extends(old.frame.index, new.frame.index) for old, new in pairs)


def keeps_dates(shown, loaded) -> bool:
    """True when ``loaded`` (a Session) charts the same equity as ``shown``: a coin added
    or removed keeps the user's pan and zoom (another equity opens on its own span)."""
    if shown is None or loaded is None:
        return False
    return shown.equity.instrument == loaded.equity.instrument


def _extends(old: pd.Index, new: pd.Index) -> bool:
    if not len(old) or not len(new):
        return False
    return new[0] == old[0] and new[-1] >= old[-1]
