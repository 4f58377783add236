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
