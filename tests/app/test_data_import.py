"""The window's CSV import applies the calendar rule of the command line.

A file with weekend bars (24/7) under ^RUT, which trades on New York sessions, is refused
with the sentence ``main.py data import`` prints, and nothing is saved; the user can
still import it on purpose ("Import anyway", the window's ``--force``).
"""

from __future__ import annotations

import pandas as pd
import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox

from app.bootstrap import build_window
from app.cli import main
from tests.app.fakes import FakeRepository, synthetic_frame
from tests.conftest import OFFLINE_ARGS


def _write_csv(path, frame):
    frame.rename_axis("date").to_csv(path, date_format="%Y-%m-%d", float_format="%.6f")
    return path


@pytest.fixture
def window_and_repository(qtbot):
    cached = {
        "^RUT": synthetic_frame("2019-01-01", 600, True, seed=3),
        "BTC/USDT": synthetic_frame("2019-01-01", 900, False, seed=4),
        "ETH/USDT": synthetic_frame("2019-01-01", 900, False, seed=5),
    }
    repository = FakeRepository(cached)
    window, workers = build_window(OFFLINE_ARGS, repository=repository)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.data.session is not None, timeout=10_000)
    yield window, repository
    workers.wait_for_done(10_000)


def _import_through_the_menu(qtbot, window, monkeypatch, path, symbol: str) -> QMessageBox:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: (symbol, True))
    window.data_menu.import_path(str(path))
    boxes = []

    def refused() -> bool:
        boxes[:] = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
        return bool(boxes)

    qtbot.waitUntil(refused, timeout=5000)
    return boxes[0]


def _cli_refusal(capsys, path, tmp_path) -> str:
    code = main(["data", "import", f"^RUT={path}", "--cache-dir", str(tmp_path / "cli")])
    err = capsys.readouterr().err
    assert code == 1
    return err


def test_a_24_7_file_under_rut_is_refused_with_the_command_line_sentence(
    qtbot, window_and_repository, monkeypatch, tmp_path, capsys
):
    window, repository = window_and_repository
    before = repository.cached["^RUT"].copy()
    path = _write_csv(tmp_path / "coin.csv", synthetic_frame("2020-01-01", 400, False))
    box = _import_through_the_menu(qtbot, window, monkeypatch, path, "^RUT")
    sentence = (
        "coin.csv has weekend bars but ^RUT trades on New York sessions "
        "(the nyse calendar); nothing was imported."
    )
    assert box.text() == sentence
    assert sentence in _cli_refusal(capsys, path, tmp_path)
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    cancel.click()
    qtbot.wait(100)
    qtbot.waitUntil(lambda: not window.workers.is_busy("data.import.1"), timeout=5000)
    assert repository.cached["^RUT"].equals(before)  # nothing was saved
    assert window.data.session.equity.frame.equals(before)


def test_the_user_can_import_it_anyway_on_purpose(
    qtbot, window_and_repository, monkeypatch, tmp_path
):
    window, repository = window_and_repository
    notices = []
    window.data.notice_reported.connect(notices.append)
    frame = synthetic_frame("2020-01-01", 400, False)
    path = _write_csv(tmp_path / "coin.csv", frame)
    box = _import_through_the_menu(qtbot, window, monkeypatch, path, "^RUT")
    anyway = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    anyway.click()
    qtbot.waitUntil(lambda: len(repository.cached["^RUT"]) == len(frame), timeout=5000)
    saved = repository.cached["^RUT"]
    assert (pd.DatetimeIndex(saved.index).day_of_week >= 5).any()  # the weekend bars are in
    qtbot.waitUntil(
        lambda: any("looks like 24/7 data but ^RUT" in n for n in notices), timeout=5000
    )
    assert any(n.startswith("Imported 400 bars of ^RUT") for n in notices)


def test_a_file_that_fits_its_calendar_is_imported_without_a_question(
    qtbot, window_and_repository, monkeypatch, tmp_path
):
    window, repository = window_and_repository
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("^RUT", True))
    frame = synthetic_frame("2018-01-01", 700, True, seed=9)
    window.data_menu.import_path(str(_write_csv(tmp_path / "rut.csv", frame)))
    qtbot.waitUntil(lambda: len(repository.cached["^RUT"]) == len(frame), timeout=5000)
    assert not [b for b in window.findChildren(QMessageBox) if b.isVisible()]
