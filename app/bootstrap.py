"""Start the window: QApplication, settings, theme, repository, workers, controllers.

Start-up stays lean: yfinance and ccxt are imported only when a fetch first runs (the
repository creates its sources lazily), the demo generator and the CSV reader only when
used (``models.session.loading`` imports them on first use). Two environment hooks
serve the benchmark and the smoke test:

* ``LIQUIDITY_CASCADE_EXIT_AFTER_FIRST_PAINT=1`` prints ``first_paint_epoch=<time.time()>``
  once the first chart has been painted, then quits;
* ``LIQUIDITY_CASCADE_SCREENSHOT=<path.png>`` saves a screenshot of the window after the
  first chart has been painted and its statistics shown (or the empty-cache banner
  shown), prints ``statistics=shown|none`` and ``screenshot=saved``, then quits.
"""

from __future__ import annotations

import argparse
import functools
import gc
import os
import sys
import threading
import time

# pandas (with numpy) is imported before PySide6 on purpose: once PySide6 is loaded, its
# import hook inspects the source of every module imported after it, which made this
# import ~0.1 s slower and so the first painted chart later (bench/bench_startup.py).
import pandas  # noqa: F401  isort: skip
import models.session.prepared  # isort: skip
import models.market.repository  # noqa: F401  isort: skip
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app import data_wording as words
from app.data_controller import DataController
from app.identity import apply_identity
from app.main_window import MainWindow
from app.settings import SettingsStore, open_qsettings
from app.translations import install_translators
from app.workers import WorkerPool
from models.errors import DataError
from models.market.instruments import load_catalogue
from models.market.paths import default_cache_dir
from models.session.imports import split_import_spec

EXIT_AFTER_PAINT_ENV = "LIQUIDITY_CASCADE_EXIT_AFTER_FIRST_PAINT"
SCREENSHOT_ENV = "LIQUIDITY_CASCADE_SCREENSHOT"
SCREENSHOT_SETTLE_MS = 600
SHUTDOWN_WAIT_MS = 3000
#: the longest the first fetch waits for the window's first frame before importing
FIRST_FRAME_WAIT_S = 2.0
NO_DISPLAY_MESSAGE = (
    "error: no display found; set DISPLAY, or use the headless commands "
    "(main.py export/data/events/leadlag)"
)


def no_display(environ=None, platform: str = sys.platform) -> bool:
    """True when Qt could not open a window: Linux with no X11/Wayland display and no
    ``QT_QPA_PLATFORM`` chosen (Qt would abort with a multi-line message instead)."""
    environ = os.environ if environ is None else environ
    if not platform.startswith("linux"):
        return False
    return not any(environ.get(k) for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def run(args: argparse.Namespace) -> int:
    """Open the main window with the options of ``app.cli``; returns the exit code."""
    if QApplication.instance() is None and no_display():
        print(NO_DISPLAY_MESSAGE, file=sys.stderr)
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    apply_identity(app)  # names, version and the window icon
    install_translators(app)  # the translators are children of app: they live as long
    window, workers = build_window(args)
    _install_hooks(window)
    window.show()
    code = app.exec()
    workers.cancel("data.fetch")
    workers.shutdown(SHUTDOWN_WAIT_MS)
    return int(code)


def build_window(args: argparse.Namespace, repository=None) -> tuple[MainWindow, WorkerPool]:
    """Compose the services, start loading the session, build the window.

    The cache load starts before the widgets are built so the two overlap; its result
    is queued and reaches the window once the event loop runs. Tests pass a fake
    ``repository``.
    """
    spare_the_feature_hook()
    store = SettingsStore(open_qsettings())
    settings = store.load()
    catalogue = load_catalogue()
    catalogue = store.altseason_universe(catalogue).applied_to(catalogue)  # the user's alts
    if repository is None:
        from models.market.repository import Repository

        cache_dir = default_cache_dir(getattr(args, "cache_dir", None))
        repository = Repository(cache_dir, catalogue=catalogue, offline=args.offline)
    workers = WorkerPool()
    painted = threading.Event()  # set once the window has painted its first frame
    data = DataController(
        repository,
        workers,
        catalogue,
        offline=bool(args.offline),
        prepare_fetch=functools.partial(_import_fetch_libraries, painted),
    )
    _start_session(data, settings, args)
    window = MainWindow(data, workers, store, settings, catalogue)
    FirstFrame(window, painted)
    if store.resets:  # said once the window is listening: which stored keys were not valid
        message = words.settings_reset(store.resets)
        QTimer.singleShot(0, lambda: data.error_reported.emit(message))
    freeze_long_lived_objects()
    return window, workers


def _start_session(data: DataController, settings, args: argparse.Namespace) -> None:
    """Demo, imports, or the last session's instruments (cache first, then refresh)."""
    if args.demo:
        data.load_demo()
        return
    data.select(settings.equity, list(settings.crypto), settings.exchange)
    for spec in getattr(args, "imports", []) or []:
        try:
            symbol, path = split_import_spec(spec)
        except DataError as exc:  # told once the window is listening
            QTimer.singleShot(0, lambda m=str(exc): data.error_reported.emit(m))
        else:
            data.import_file(symbol, path)


#: the top-level packages that may select PySide6 features (``from __feature__ import``)
_OWN_PACKAGES = frozenset({"app", "widgets", "__main__"})


def spare_the_feature_hook() -> None:
    """Keep PySide6's import hook from reading the source of third-party modules.

    Once PySide6 is loaded, its ``__import__`` hook reads and searches the whole source of
    every newly imported module for "PySide6" (to support ``from __feature__ import``).
    yfinance and ccxt are imported on a worker when the first fetch runs: reading ccxt's
    large sources held the interpreter lock long enough to stall the window's event loop
    for 100-240 ms (tests/app/test_window_stall.py). Only this app's own packages could
    select a feature, so only they are still looked at. A no-op where PySide6 keeps that
    check elsewhere.
    """
    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if check is None or getattr(check, "spared", False):
        return

    def uses_pyside(module) -> bool:
        name = getattr(module, "__name__", "") or ""
        return name.partition(".")[0] in _OWN_PACKAGES and check(module)

    uses_pyside.spared = True
    feature._mod_uses_pyside = uses_pyside


def freeze_long_lived_objects() -> None:
    """Exempt everything alive now from future cyclic collections.

    With pandas, pyqtgraph, yfinance and ccxt imported, one full collection walks
    millions of objects and, triggered by whichever thread allocates, held the GIL for
    50-100 ms: a visible stall of the event loop (tests/app/test_event_loop_stall.py).
    Those objects live as long as the process, so they are moved out of the collector's
    reach once loaded. Instant (no collection runs), so it can sit on the path to the
    first painted chart.
    """
    gc.freeze()


def _import_fetch_libraries(painted: threading.Event | None = None) -> None:
    """Import the source libraries before series are fetched concurrently, then freeze
    them out of the garbage collector's reach (``freeze_long_lived_objects``).

    Not before the window has painted its first frame (``painted``, at most
    ``FIRST_FRAME_WAIT_S``): importing ccxt and yfinance holds the interpreter lock in long
    stretches (unmarshalling and running their large modules), which stalled that paint
    by 100-200 ms on a first run with an empty cache. The cyclic collector is paused
    meanwhile: the imports create millions of objects, and each full collection they
    triggered walked all of them holding the lock."""
    from models.market.sources.preload import import_source_libraries

    if painted is not None:
        painted.wait(FIRST_FRAME_WAIT_S)
    paused = gc.isenabled()
    gc.disable()
    try:
        import_source_libraries()
    finally:
        freeze_long_lived_objects()
        if paused:
            gc.enable()


class FirstFrame(QObject):
    """Sets ``painted`` once the window has painted its first frame."""

    def __init__(self, window: QWidget, painted: threading.Event) -> None:
        super().__init__(window)
        self._painted = painted
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self._painted.is_set():
            QTimer.singleShot(0, self._painted.set)  # after this paint has finished
            watched.removeEventFilter(self)
        return False


class FirstPaintProbe(QObject):
    """Watches for the first paint of the chart after a session was prepared."""

    def __init__(self, window: MainWindow, on_painted) -> None:
        super().__init__(window)
        self._window = window
        self._on_painted = on_painted
        self._armed = False
        self._done = False
        window.charts.prepared_ready.connect(self._arm)

    def _arm(self, _prepared) -> None:
        if not self._done:
            self._armed = True
            QApplication.instance().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if (
            self._armed
            and not self._done
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and self._window.chart.isAncestorOf(watched)
        ):
            self._done = True
            QApplication.instance().removeEventFilter(self)
            QTimer.singleShot(0, self._on_painted)  # after this paint has finished
        return False


def _install_hooks(window: MainWindow) -> None:
    if os.environ.get(EXIT_AFTER_PAINT_ENV):
        FirstPaintProbe(window, lambda: _report_and_quit(window))
    shot = os.environ.get(SCREENSHOT_ENV)
    if shot:
        taken = []

        def take_once() -> None:
            if not taken:
                taken.append(True)
                QTimer.singleShot(SCREENSHOT_SETTLE_MS, lambda: _when_settled(window, shot))

        FirstPaintProbe(window, take_once)
        window.data.nothing_to_show.connect(take_once)  # the banner is worth a look too


def _report_and_quit(window: MainWindow) -> None:
    print(f"first_paint_epoch={time.time():.6f}", flush=True)
    window.close()


def _when_settled(window: MainWindow, path: str, waited_ms: int = 0) -> None:
    """The screenshot once the statistics (cross-correlation, event study) are in, or
    after 30 s. They run in a spawned child process, so the picture also proves that
    child starts (in a bundle too)."""
    shown = window.charts.state
    # not for the banner; the event study fills the breakout table's returns
    waiting = shown.session is not None and (shown.ccf is None or shown.study is None)
    if waiting and waited_ms < 30_000:
        QTimer.singleShot(100, lambda: _when_settled(window, path, waited_ms + 100))
        return
    print(f"statistics={'shown' if shown.ccf is not None else 'none'}", flush=True)
    _screenshot(window, path)


def _screenshot(window: MainWindow, path: str) -> None:
    screen = window.screen()
    image = screen.grabWindow(window.winId()) if screen is not None else None
    if image is None or image.isNull():
        image = window.grab()
    ok = image.save(path)
    print(f"screenshot={'saved' if ok else 'failed'} {path}", flush=True)
    window.close()
