"""``main.py export``: exact-size image plus sidecar, exit 0; bad input: one line, exit != 0."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from app.cli import main
from app.commands import common
from models.errors import NetworkDown
from models.market.repository import CacheRead
from tests.app.fakes import series_for, synthetic_frame
from tests.export.snapshots import bumped

ROOT = Path(__file__).resolve().parents[2]


def _write_csv(path: Path, frame) -> Path:
    frame.rename_axis("date").to_csv(path, date_format="%Y-%m-%d", float_format="%.6f")
    return path


@pytest.fixture
def csv_files(tmp_path):
    rut = synthetic_frame("2019-01-01", 900, True, seed=3)
    btc = synthetic_frame("2019-01-01", 1300, False, seed=4)
    return _write_csv(tmp_path / "rut.csv", rut), _write_csv(tmp_path / "btc.csv", btc), rut


def _run(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "export", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=100,
    )


def _no_display_env() -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the command must pick offscreen by itself
    return env


def test_subprocess_demo_export_without_a_display(tmp_path):
    out = tmp_path / "demo.png"
    proc = _run(
        "--demo", "--out", str(out), "--size", "640x400", "--lag", "30", env=_no_display_env()
    )
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (640, 400)
    sidecar = json.loads(out.with_suffix(".json").read_text())
    assert sidecar["is_demo"] is True and sidecar["parameters"]["lag_days"] == 30
    assert str(out) in proc.stdout


def test_subprocess_unknown_symbol_is_one_line_and_exit_1(tmp_path):
    proc = _run("--offline", "--equity", "!!!", "--out", str(tmp_path / "x.png"))
    assert proc.returncode == 1
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("error: ")
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "x.png").exists()


def test_imported_csvs_export_to_svg_offline(qapp, tmp_path, csv_files, capsys):
    rut, btc, _ = csv_files
    out = tmp_path / "imported.svg"
    code = main(
        [
            "export",
            "--offline",
            f"--import=^RUT={rut}",
            f"--import=BTC/USDT={btc}",
            "--crypto",
            "BTC/USDT",
            "--scale",
            "percent",
            "--theme",
            "dark",
            "--start",
            "2020-01-01",
            "--end",
            "2021-06-30",
            "--out",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    assert out.read_text().lstrip().startswith("<?xml")
    data = json.loads(out.with_suffix(".json").read_text())
    assert [i["provenance"] for i in data["instruments"]] == ["imported", "imported"]
    assert data["parameters"]["visible_start"] == "2020-01-01"
    assert data["parameters"]["visible_end"] == "2021-06-30"
    assert data["parameters"]["scale"] == "percent" and data["parameters"]["theme"] == "dark"
    assert data["parameters"]["log_axis_choice"] == "auto"
    assert isinstance(data["parameters"]["log_axis"], bool)


def test_the_log_axis_is_chosen_and_the_old_log_scale_still_reads(qapp, tmp_path, csv_files):
    rut, btc, _ = csv_files
    common = ["export", "--offline", f"--import=^RUT={rut}", f"--import=BTC/USDT={btc}"]
    common += ["--crypto", "BTC/USDT", "--size", "800x500"]
    for extra, scale, axis in (
        (["--scale", "index", "--log-axis", "on"], "index", True),
        (["--scale", "index", "--log-axis", "off"], "index", False),
        (["--scale", "log"], "price", True),  # a script written before the switch
    ):
        out = tmp_path / f"{scale}-{axis}.png"
        assert main([*common, *extra, "--out", str(out)]) == 0
        parameters = json.loads(out.with_suffix(".json").read_text())["parameters"]
        assert (parameters["scale"], parameters["log_axis"]) == (scale, axis)
        caption = json.loads(out.with_suffix(".json").read_text())["image"]["caption_text"]
        assert ("log axis" if axis else "linear axis") in caption[2]


def test_hash_follows_the_imported_data(qapp, tmp_path, csv_files):
    rut, btc, frame = csv_files
    common = ["export", "--offline", f"--import=BTC/USDT={btc}", "--crypto", "BTC/USDT"]
    first, second = tmp_path / "a.png", tmp_path / "b.png"
    assert main([*common, f"--import=^RUT={rut}", "--out", str(first)]) == 0
    changed = _write_csv(tmp_path / "rut2.csv", bumped(frame, 500, 1.05))
    assert main([*common, f"--import=^RUT={changed}", "--out", str(second)]) == 0
    hashes = [json.loads(p.with_suffix(".json").read_text())["data_hash"] for p in (first, second)]
    assert hashes[0] != hashes[1]


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--size", "big"], "WIDTHxHEIGHT"),
        (["--size", "10x10"], "outside"),
        (["--lag", "400"], "outside -365..365"),
        (["--start", "2021-01-01", "--end", "2020-01-01"], "after --end"),
        (["--start", "yesterday-ish"], "not a date"),
        (["--start", "1990-01-01", "--end", "1991-01-01"], "has no bars between"),
        (["--crypto", "XRP/EUR"], "demo data has no XRP/EUR"),
        (["--rule", "level"], "positive level"),
        (["--pixel-ratio", "9"], "ratio"),
    ],
)
def test_bad_arguments_give_one_line_and_exit_1(qapp, tmp_path, capsys, extra, message):
    out = tmp_path / "x.png"
    code = main(["export", "--demo", "--out", str(out), *extra])
    err = capsys.readouterr().err
    assert code == 1
    assert err.startswith("error: ") and err.count("\n") == 1 and message in err, err
    assert not out.exists()


def test_wrong_extension_and_missing_folder(qapp, tmp_path, capsys):
    assert main(["export", "--demo", "--out", str(tmp_path / "x.jpg")]) == 1
    assert ".png or .svg" in capsys.readouterr().err
    assert main(["export", "--demo", "--out", str(tmp_path / "no" / "x.png")]) == 1
    assert "does not exist" in capsys.readouterr().err


def test_offline_with_an_empty_cache_says_so(qapp, tmp_path, capsys):
    assert main(["export", "--offline", "--out", str(tmp_path / "x.png")]) == 1
    err = capsys.readouterr().err
    assert "No cached bars for ^RUT" in err and err.count("\n") == 1


@pytest.mark.parametrize("extra", [["--scale", "linear"], ["--theme", "blue"], []])
def test_usage_errors_are_one_line_exit_2(tmp_path, capsys, extra):
    args = ["export", *extra] if not extra else ["export", "--out", str(tmp_path / "x.png"), *extra]
    with pytest.raises(SystemExit) as exit_info:
        main(args)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "error:" in err


@pytest.mark.realdata
def test_real_data_export_states_its_ranges(qapp, tmp_path, shared_data, capsys):
    rut = shared_data / "index" / "rut_daily.csv"
    btc = shared_data / "crypto" / "binance" / "btcusdt_daily.csv"
    out = tmp_path / "real.png"
    args = ["export", "--offline", f"--import=^RUT={rut}", f"--import=BTC/USDT={btc}"]
    code = main([*args, "--crypto", "BTC/USDT", "--lag", "45", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)
    data = json.loads(out.with_suffix(".json").read_text())
    equity, crypto = data["instruments"]
    assert equity["first_bar"] == "1987-09-10" and equity["rows"] > 9000
    assert crypto["first_bar"].startswith("2017-08")
    assert data["statistics"]["best_lag"]["n"] > 1500


class _StaleRepository:
    """The cache holds bars, but every top-up from the source fails (network down)."""

    def __init__(self, frames: dict) -> None:
        self.frames = frames
        self.notices = []  # Repository.notices: nothing set aside here

    def get(self, instrument, start=None, end=None, timeframe="1d", control=None):
        raise NetworkDown("The source could not be reached.")

    def load(self, instrument, timeframe="1d"):
        frame = self.frames.get(instrument.symbol)
        return None if frame is None else series_for(instrument, frame, True)

    def read_cached(self, instrument, timeframe="1d"):
        return CacheRead(self.load(instrument, timeframe))


def test_failed_refresh_falls_back_to_the_cache_and_says_so(qapp, tmp_path, capsys, monkeypatch):
    frames = {
        "^RUT": synthetic_frame("2019-01-01", 900, True, seed=3),
        "BTC/USDT": synthetic_frame("2019-01-01", 1300, False, seed=4),
    }
    monkeypatch.setattr(common, "open_repository", lambda args: _StaleRepository(frames))
    out = tmp_path / "stale.png"
    assert main(["export", "--crypto", "BTC/USDT", "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "warning: ^RUT could not be refreshed" in err and "cached bars up to" in err
    warnings = json.loads(out.with_suffix(".json").read_text())["warnings"]
    assert any("BTC/USDT could not be refreshed" in w for w in warnings)


def test_failed_refresh_with_nothing_cached_is_an_error(qapp, tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(common, "open_repository", lambda args: _StaleRepository({}))
    assert main(["export", "--out", str(tmp_path / "x.png")]) == 1
    err = capsys.readouterr().err
    assert err == "error: The source could not be reached.\n"


def test_series_that_do_not_overlap_are_an_error(qapp, tmp_path, capsys):
    old = _write_csv(tmp_path / "old.csv", synthetic_frame("2001-01-01", 300, True, seed=3))
    btc = _write_csv(tmp_path / "b.csv", synthetic_frame("2019-01-01", 300, False, seed=4))
    args = ["export", "--offline", f"--import=^RUT={old}", f"--import=BTC/USDT={btc}"]
    assert main([*args, "--crypto", "BTC/USDT", "--out", str(tmp_path / "x.png")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: BTC/USDT: The series do not overlap") and err.count("\n") == 1


def test_leadlag_and_the_sidecar_write_the_event_study_in_one_schema(qapp, tmp_path, capsys):
    """One serialiser (models.records.event_study_record): the same keys, ``*_days`` names."""
    argv = ["leadlag", "--demo", "--lag", "30", "--max-lag", "30", "--draws", "20", "--json"]
    assert main(argv) == 0
    printed = json.loads(capsys.readouterr().out)["event_study"]
    out = tmp_path / "demo.png"
    assert main(["export", "--demo", "--lag", "30", "--size", "640x400", "--out", str(out)]) == 0
    written = json.loads(out.with_suffix(".json").read_text())["statistics"]["event_study"]
    assert set(printed) == set(written)
    assert {"horizons_days", "current_lag_days", "primary_horizon_days"} <= set(written)
    assert printed["current_lag_days"] == written["current_lag_days"] == 30
