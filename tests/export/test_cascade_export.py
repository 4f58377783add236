"""``main.py export --view cascade``: a PNG (or SVG) of the requested size, the caption
stating the stages, normalisation and hops, and a sidecar with the cascade record."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QColor, QImage

from tests.cli_run import run_cli
from widgets.chart.style import chart_palette


def export(capsys, tmp_path, *argv):
    return run_cli(
        capsys, "--cache-dir", str(tmp_path / "cache"), "export", "--view", "cascade",
        "--demo", "--draws", "100", *argv,
    )  # fmt: skip


def test_a_png_of_the_requested_size_and_its_sidecar(capsys, tmp_path):
    out = tmp_path / "cascade.png"
    code, printed, err = export(capsys, tmp_path, "--out", str(out), "--size", "1280x720")
    assert code == 0, err
    assert printed.splitlines() == [f"{out} (1280x720)", str(out.with_suffix(".json"))]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 720)
    sidecar = json.loads(out.with_suffix(".json").read_text())
    assert sidecar["view"] == "cascade" and sidecar["is_demo"] is True
    assert sidecar["image"]["width_px"] == 1280 and sidecar["image"]["theme"] == "light"
    cascade = sidecar["cascade"]
    assert len(cascade["stages"]) == 8 and len(cascade["hops"]) == 7
    assert {"from", "to", "lag_days", "lag_interval_days", "p_value", "n"} <= set(
        cascade["hops"][0]
    )
    caption = " ".join(sidecar["image"]["caption_text"])
    assert caption.startswith("The cascade: NETLIQ → -FRED:BAMLH0A0HYM2 → TLT")
    assert "z-score of the log level" in caption and "N = 712" in caption
    assert len(sidecar["instruments"]) == 8 and sidecar["data_hash"]["value"]


def test_the_dark_theme_paints_a_dark_strip(capsys, tmp_path):
    out = tmp_path / "dark.png"
    code, _, err = export(
        capsys, tmp_path, "--out", str(out), "--size", "800x600", "--theme", "dark"
    )
    assert code == 0, err
    image = QImage(str(out))
    corner = QColor(image.pixel(image.width() - 3, 3))
    assert corner.name() == chart_palette("dark").background


def test_an_svg_without_a_caption(capsys, tmp_path):
    out = tmp_path / "cascade.svg"
    code, _, err = export(capsys, tmp_path, "--out", str(out), "--size", "900x500", "--no-caption")
    assert code == 0, err
    text = out.read_text()
    assert text.lstrip().startswith("<?xml") and 'width="900' in text
    assert json.loads(out.with_suffix(".json").read_text())["image"]["caption"] is False


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--out", "x.jpg"], "must end in .png or .svg"),
        (["--out", "x.png", "--stages", "NETLIQ"], "2 to 12 stages"),
    ],
)
def test_bad_requests_are_one_line(capsys, tmp_path, argv, words):
    code, _, err = export(capsys, tmp_path, *argv)
    assert code != 0 and words in err and len(err.strip().splitlines()) == 1
