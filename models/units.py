"""Sizes and counts in words, as every view and the command line write them."""

from __future__ import annotations


def human_size(size_bytes: int) -> str:
    """Bytes as a short human-readable size ('3.2 MB')."""
    size = float(size_bytes)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"


def count(number: int, singular: str, plural: str | None = None) -> str:
    """A number with its noun: '1 gap', '3 gaps', '2 series' (``plural`` when not +s)."""
    return f"{number} {singular if number == 1 else (plural or singular + 's')}"
