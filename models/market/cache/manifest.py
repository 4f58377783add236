"""The manifest of one cached series: which chunk files hold it, its range and metadata.

Stored as ``manifest.json`` beside the chunks and only ever replaced atomically
(``models.market.cache.chunks.atomic_write``), so the manifest a reader sees always names
complete chunk files. Anything malformed raises ``ManifestUnreadable``.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from urllib.parse import quote

from models.market.cache.chunks import atomic_write
from models.market.instruments import Instrument

FORMAT = 1


class ManifestUnreadable(Exception):
    """The manifest file exists but is not a valid manifest (the cache decides what to do)."""


@dataclass(frozen=True)
class SeriesKey:
    """Identity of a cached series: where it came from and at which bar size."""

    source: str
    exchange: str
    symbol: str
    timeframe: str

    @property
    def dirname(self) -> str:
        """A file-name-safe, unique folder name (symbols like ``^RUT`` or ``BTC/USDT``)."""
        parts = (self.source, self.exchange or "-", self.symbol, self.timeframe)
        return "~".join(quote(p, safe="-_.") for p in parts)


@dataclass
class Chunk:
    """One immutable chunk file: its name, row count, time range (ns), size in bytes and
    CRC-32 of its bytes (None for a chunk written before checksums existed)."""

    file: str
    rows: int
    first: int
    last: int
    bytes: int
    crc32: int | None = None


@dataclass
class Manifest:
    """Everything known about one series except its rows."""

    key: SeriesKey
    name: str
    calendar: str
    asset_class: str
    fetched_at: str | None = None
    library_version: str = ""
    covered_start: int | None = None
    head_complete: bool = False
    rows: int = 0
    first: int = 0
    last: int = 0
    provenance: dict[int, int] = field(default_factory=dict)
    generation: int = 0
    chunks: list[Chunk] = field(default_factory=list)
    imported_from: list[str] = field(default_factory=list)  # names of the files imported

    @classmethod
    def new(cls, key: SeriesKey, instrument: Instrument) -> Manifest:
        """An empty manifest for ``key`` labelled with the instrument's name and calendar."""
        return cls(key, instrument.name, instrument.calendar, instrument.asset_class)

    def to_json(self) -> str:
        """The manifest as JSON text, with the CRC-32 of everything else in ``checksum``."""
        data = asdict(self)
        data["format"] = FORMAT
        data["provenance"] = {str(k): v for k, v in self.provenance.items()}
        data["checksum"] = _checksum(data)
        return json.dumps(data, indent=1, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Manifest:
        """Parse and check a manifest; raise ``ManifestUnreadable`` on anything wrong.

        A manifest written before checksums existed has no ``checksum`` and is trusted
        as before; the next write of its series replaces it with one that has."""
        try:
            data = json.loads(text)
            checksum = data.pop("checksum", None)
            if checksum is not None and checksum != _checksum(data):
                raise ManifestUnreadable("the manifest does not match its checksum")
            if data.pop("format") != FORMAT:
                raise ValueError("unknown manifest format")
            data["key"] = SeriesKey(**data["key"])
            data["chunks"] = [Chunk(**c) for c in data["chunks"]]
            data["provenance"] = {int(k): int(v) for k, v in data["provenance"].items()}
            manifest = cls(**data)
        except (ValueError, TypeError, KeyError, AttributeError) as err:
            raise ManifestUnreadable(f"bad manifest: {err}") from err
        _check(manifest)
        return manifest


def _checksum(data: dict) -> int:
    """CRC-32 of the manifest's fields (``checksum`` itself left out), canonically written."""
    body = {k: v for k, v in data.items() if k != "checksum"}
    return zlib.crc32(json.dumps(body, indent=1, sort_keys=True).encode("utf-8"))


def _check(manifest: Manifest) -> None:
    for chunk in manifest.chunks:
        if "/" in chunk.file or "\\" in chunk.file or chunk.file.startswith("."):
            raise ManifestUnreadable(f"bad chunk name {chunk.file!r}")
        if chunk.rows <= 0 or chunk.first > chunk.last:
            raise ManifestUnreadable(f"bad range for chunk {chunk.file}")
    if manifest.rows < 0 or (manifest.rows and manifest.first > manifest.last):
        raise ManifestUnreadable("bad series range")


def load_manifest(path: Path) -> Manifest | None:
    """The manifest at ``path``, None if there is none, ``ManifestUnreadable`` if bad."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as err:
        raise ManifestUnreadable(f"cannot read manifest: {err}") from err
    return Manifest.from_json(text)


def save_manifest(path: Path, manifest: Manifest) -> None:
    """Atomically replace the manifest at ``path``."""
    payload = manifest.to_json().encode("utf-8")
    atomic_write(path, lambda handle: handle.write(payload))
