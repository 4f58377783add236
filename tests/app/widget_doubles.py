"""Test doubles of the widgets, built from their Protocols (``widgets.protocols``).

A ``SpecRecorder`` records calls to the methods its Protocol declares, checks each call
against the method's signature, and refuses every other name. So a controller that
calls a method the widgets no longer have (renamed on both the widget and its Protocol)
fails its tests, instead of talking to a double that accepts anything.
"""

from __future__ import annotations

import inspect
import typing
from typing import Protocol

from app.presenter_panels import Panels
from widgets.protocols import (
    BreakoutTableView,
    CcfPlotView,
    ChartSurface,
    DetectorPanelView,
    EventStudyPanelView,
    LagControlView,
    ReplayBarView,
    StatsStripView,
)


def protocol_methods(protocol: type) -> dict[str, typing.Callable]:
    """The methods ``protocol`` declares, its Protocol bases' included."""
    methods: dict[str, typing.Callable] = {}
    for cls in reversed(protocol.__mro__):
        if cls in (object, Protocol, typing.Generic) or not getattr(cls, "_is_protocol", False):
            continue
        for name, value in vars(cls).items():
            if inspect.isfunction(value) and not name.startswith("_"):
                methods[name] = value
    return methods


def protocol_parts(protocol: type) -> dict[str, type]:
    """The attributes ``protocol`` declares that are themselves Protocols (the chart's panes)."""
    hints = typing.get_type_hints(protocol)
    return {
        name: hint
        for name, hint in hints.items()
        if isinstance(hint, type) and getattr(hint, "_is_protocol", False)
    }


class SpecRecorder:
    """Records ``(name, args)`` of every call to a method of ``protocol``; refuses the rest.

    Calls to a part (``chart.equity.set_bars``) are recorded in the same list under a
    dotted name (``"equity.set_bars"``). ``toolTip`` returns the last ``setToolTip``.
    """

    def __init__(self, protocol: type, calls: list | None = None, prefix: str = "") -> None:
        self._protocol = protocol
        self._prefix = prefix
        self._methods = protocol_methods(protocol)
        self.calls: list[tuple[str, tuple]] = [] if calls is None else calls
        self._parts = {
            name: SpecRecorder(hint, self.calls, f"{prefix}{name}.")
            for name, hint in protocol_parts(protocol).items()
        }

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        if name in self._parts:
            return self._parts[name]
        method = self._methods.get(name)
        if method is None:
            raise AttributeError(f"{self._protocol.__name__} has no method {name!r}")
        signature = inspect.signature(method)

        def record(*args, **kwargs):
            signature.bind(self, *args, **kwargs)  # TypeError when the call does not fit
            self.calls.append((self._prefix + name, args))
            if name == "toolTip":
                tips = [a[0] for n, a in self.calls if n == self._prefix + "setToolTip"]
                return tips[-1] if tips else ""
            return None

        return record

    def last(self, name: str) -> tuple:
        """The arguments of the last call of ``name`` (dotted for a part's method)."""
        return [args for n, args in self.calls if n == name][-1]

    def count(self, name: str) -> int:
        """How many times ``name`` was called."""
        return sum(1 for n, _ in self.calls if n == name)

    def names(self) -> list[str]:
        """Every call's name, in order."""
        return [n for n, _ in self.calls]


PANEL_PROTOCOLS = (
    LagControlView,
    StatsStripView,
    CcfPlotView,
    BreakoutTableView,
    DetectorPanelView,
    EventStudyPanelView,
)


def recording_panels(**replaced: type) -> Panels:
    """``Panels`` of SpecRecorders, in ``Panels`` field order; ``replaced`` swaps the
    Protocol of a field by name (to show a rename failing)."""
    pairs = zip(Panels.__dataclass_fields__, PANEL_PROTOCOLS, strict=True)
    return Panels(*(SpecRecorder(replaced.get(name, proto)) for name, proto in pairs))


def recording_chart() -> SpecRecorder:
    """A chart double: ``ChartSurface`` and its panes."""
    return SpecRecorder(ChartSurface)


def recording_replay_bar() -> SpecRecorder:
    """A replay bar double: ``ReplayBarView`` (the date field, the span, play, speed)."""
    return SpecRecorder(ReplayBarView)


class NotifierDouble(SpecRecorder):
    """A ``DesktopNotifier`` double: records every call, and says whether the desktop has
    a tray (``available``)."""

    def __init__(self, available: bool = True) -> None:
        from widgets.protocols import DesktopNotifier

        super().__init__(DesktopNotifier)
        self.available = available

    def is_available(self) -> bool:
        """Recorded, and ``available``."""
        self.calls.append(("is_available", ()))
        return self.available
