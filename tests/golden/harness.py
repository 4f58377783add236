"""Golden-image comparison for rendered widgets.

``assert_matches_golden(image, name)`` compares a QImage with ``tests/golden/images/<name>.png``.
A pixel differs when any channel differs by more than ``channel_tolerance``; the test fails
when more than ``max_differing`` pixels differ. On failure the actual, expected and diff
images go to ``tests/golden/failures/``. ``UPDATE_GOLDEN=1`` rewrites the expected image.
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
from PySide6 import QtGui

HERE = Path(__file__).resolve().parent
IMAGES = HERE / "images"
FAILURES = HERE / "failures"


def image_to_array(image: QtGui.QImage) -> np.ndarray:
    """H x W x 3 uint8 RGB copy of a QImage."""
    rgb = image.convertToFormat(QtGui.QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    buffer = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=stride * height)
    return buffer.reshape(height, stride)[:, : width * 3].reshape(height, width, 3).copy()


def array_to_image(array: np.ndarray) -> QtGui.QImage:
    """A QImage (own copy) of an H x W x 3 uint8 array."""
    array = np.ascontiguousarray(array, dtype=np.uint8)
    height, width, _ = array.shape
    image = QtGui.QImage(array.data, width, height, width * 3, QtGui.QImage.Format.Format_RGB888)
    return image.copy()


def differing_pixels(actual: np.ndarray, expected: np.ndarray, channel_tolerance: int):
    """Boolean H x W mask of pixels whose largest channel difference exceeds the tolerance."""
    delta = np.abs(actual.astype(np.int16) - expected.astype(np.int16)).max(axis=2)
    return delta > channel_tolerance


def assert_matches_golden(
    image: QtGui.QImage, name: str, *, channel_tolerance: int = 48, max_differing: int = 400
) -> None:
    """Fail (writing actual/expected/diff PNGs) when ``image`` strays from its golden copy."""
    expected_path = IMAGES / f"{name}.png"
    actual = image_to_array(image)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        IMAGES.mkdir(parents=True, exist_ok=True)
        array_to_image(actual).save(str(expected_path))
        return
    assert expected_path.exists(), f"no golden image {expected_path}; run with UPDATE_GOLDEN=1"
    expected = image_to_array(QtGui.QImage(str(expected_path)))
    if expected.shape != actual.shape:
        _write_failure(name, actual, expected, None)
        raise AssertionError(f"{name}: size {actual.shape[:2]} != golden {expected.shape[:2]}")
    mask = differing_pixels(actual, expected, channel_tolerance)
    count = int(mask.sum())
    if count > max_differing:
        _write_failure(name, actual, expected, mask)
        raise AssertionError(
            f"{name}: {count} pixels differ (> {max_differing}); see {FAILURES}/{name}_*.png"
        )


def _write_failure(name, actual, expected, mask) -> None:
    FAILURES.mkdir(parents=True, exist_ok=True)
    array_to_image(actual).save(str(FAILURES / f"{name}_actual.png"))
    array_to_image(expected).save(str(FAILURES / f"{name}_expected.png"))
    if mask is not None:
        diff = (expected // 3).astype(np.uint8)
        diff[mask] = (255, 0, 255)
        array_to_image(diff).save(str(FAILURES / f"{name}_diff.png"))
