"""Lay out and paint the caption lines of an export (``models.records.caption``) under a chart."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter

from models.records.caption import CaptionLine

FONT_FAMILY = "DejaVu Sans"
TITLE_PX = 15
BODY_PX = 12
MARGIN_PX = 10
LINE_GAP_PX = 3


@dataclass(frozen=True)
class CaptionColours:
    """Colours of the caption block, taken from the chart's theme palette."""

    background: str
    foreground: str
    rule: str
    alert: str


_FLAGS = int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)


def caption_font(kind: str) -> QFont:
    """The font of a caption line of ``kind`` (pixel sizes: independent of screen DPI)."""
    font = QFont(FONT_FAMILY)
    font.setPixelSize(TITLE_PX if kind == "title" else BODY_PX)
    font.setBold(kind in ("title", "alert"))
    return font


def _line_rects(lines: list[CaptionLine], width: int) -> list[QRect]:
    rects, y = [], MARGIN_PX
    inner = max(1, width - 2 * MARGIN_PX)
    for line in lines:
        metrics = QFontMetrics(caption_font(line.kind))
        box = metrics.boundingRect(QRect(0, 0, inner, 10_000), _FLAGS, line.text)
        rects.append(QRect(MARGIN_PX, y, inner, box.height()))
        y += box.height() + LINE_GAP_PX
    return rects


def caption_height(lines: list[CaptionLine], width: int) -> int:
    """Logical pixels the caption needs at ``width`` (0 for no lines)."""
    if not lines:
        return 0
    last = _line_rects(lines, width)[-1]
    return last.bottom() + 1 + MARGIN_PX


def paint_caption(
    painter: QPainter, top: float, width: int, lines: list[CaptionLine], colours: CaptionColours
) -> None:
    """Paint the caption block at logical ``top``, ``width`` wide."""
    height = caption_height(lines, width)
    painter.save()
    painter.translate(0, top)
    painter.fillRect(QRectF(0, 0, width, height), QColor(colours.background))
    painter.setPen(QColor(colours.rule))
    painter.drawLine(0, 0, width, 0)
    for line, rect in zip(lines, _line_rects(lines, width), strict=True):
        painter.setFont(caption_font(line.kind))
        colour = colours.alert if line.kind == "alert" else colours.foreground
        painter.setPen(QColor(colour))
        painter.drawText(rect, _FLAGS, line.text)
    painter.restore()


def colours_for(palette) -> CaptionColours:
    """Caption colours from a chart ``Palette``."""
    return CaptionColours(
        background=palette.background,
        foreground=palette.foreground,
        rule=palette.grid,
        alert=palette.marker_failed,
    )
