"""The application icon (committed renderings of its SVG) and the identity the app gives
itself: names, version, desktop file name, window icon, and the version in About."""

from __future__ import annotations

import struct

import numpy as np
import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from app.identity import ICON_NAME, application_icon, apply_identity, icon_files
from app.settings import APPLICATION, ORGANISATION
from models.version import __version__
from tests.packaging_files import load_script

icons = load_script("render_icons")


def _pixels_apart(a: QImage, b: QImage) -> int:
    """The largest difference of one channel of one pixel between two same-sized images."""
    assert a.size() == b.size()

    def channels(image: QImage) -> np.ndarray:
        image = image.convertToFormat(QImage.Format.Format_ARGB32)
        return np.frombuffer(image.constBits(), np.uint8, image.sizeInBytes()).astype(int)

    return int(np.abs(channels(a) - channels(b)).max())


def test_png_sizes_are_renderings_of_the_svg(qapp):
    assert [int(p.stem.rsplit("-", 1)[1]) for p in icon_files()] == list(icons.PNG_SIZES)
    assert icons.PNG_SIZES[0] == 16 and icons.PNG_SIZES[-1] == 512
    for size in icons.PNG_SIZES:
        committed = QImage(str(icons.png_path(size)))
        assert (committed.width(), committed.height()) == (size, size)
        fresh = icons.render(icons.svg_path(), size)
        # a little slack for another Qt's anti-aliasing; a changed drawing is far off
        assert _pixels_apart(committed, fresh) <= 8, f"rerun packaging/render_icons.py ({size})"


def test_icon_has_transparent_corners_and_a_drawn_middle(qapp):
    image = QImage(str(icons.png_path(64)))
    assert image.pixelColor(0, 0).alpha() == 0
    assert image.pixelColor(32, 32).alpha() == 255


def test_render_refuses_a_broken_svg(qapp, tmp_path):
    broken = tmp_path / "broken.svg"
    broken.write_text("<svg")
    with pytest.raises(ValueError, match="not a valid SVG"):
        icons.render(broken, 16)


def test_ico_holds_each_small_size_as_png(qapp):
    data = icons.ico_path().read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    for index, size in enumerate(icons.ICO_SIZES):
        width, height, _, _, planes, bits, length, offset = struct.unpack_from(
            "<BBBBHHII", data, 6 + 16 * index
        )
        assert (width or 256, height or 256, planes, bits) == (size, size, 1, 32)
        image = QImage.fromData(data[offset : offset + length], "PNG")
        assert (image.width(), image.height()) == (size, size)


def test_icon_files_are_named_for_the_app():
    assert icons.ICON_NAME == ICON_NAME
    assert icons.svg_path().is_file()
    assert all(p.name.startswith(f"{ICON_NAME}-") for p in icon_files())


def test_application_icon_has_every_size(qapp):
    icon = application_icon()
    assert not icon.isNull()
    sizes = {s.width() for s in icon.availableSizes()}
    assert sizes == set(icons.PNG_SIZES)
    assert icon.actualSize(QSize(48, 48)) == QSize(48, 48)


@pytest.fixture
def restored_identity(qapp):
    """Leave the test process's QApplication named as it was."""
    before = (
        qapp.organizationName(),
        qapp.applicationName(),
        qapp.applicationDisplayName(),
        qapp.applicationVersion(),
        qapp.desktopFileName(),
        qapp.windowIcon(),
    )
    yield qapp
    qapp.setOrganizationName(before[0])
    qapp.setApplicationName(before[1])
    qapp.setApplicationDisplayName(before[2])
    qapp.setApplicationVersion(before[3])
    qapp.setDesktopFileName(before[4])
    qapp.setWindowIcon(before[5])


def test_apply_identity_names_versions_and_iconises_the_app(restored_identity):
    app = restored_identity
    apply_identity(app)
    assert (app.organizationName(), app.applicationName()) == (ORGANISATION, APPLICATION)
    assert app.applicationDisplayName() == "Liquidity Cascade"
    assert app.applicationVersion() == __version__
    assert app.desktopFileName() == ICON_NAME
    assert {s.width() for s in QApplication.windowIcon().availableSizes()} == set(icons.PNG_SIZES)


def test_about_states_the_version(make_window, monkeypatch):
    shown = []
    monkeypatch.setattr(
        "app.main_window.QMessageBox.about", lambda parent, title, text: shown.append(text)
    )
    window = make_window({})
    window.show_about()
    (text,) = shown
    assert text.startswith(f"Liquidity Cascade {__version__}\n\n")
    assert str(window.store.path) in text
