"""FRED's graph CSV download, read: the wire answer and a file a user brings alike.

The layout (``https://fred.stlouisfed.org/graph/fredgraph.csv?id=WALCL``): a header
``observation_date,WALCL`` (older downloads: ``DATE,WALCL``), then one ``YYYY-MM-DD,value``
row per observation; a value FRED does not have is an empty field (older copies and the
JSON API write ``.``), and such rows are skipped. A two-column ``date,value`` file is read
the same way. The series in the header must be the one asked for.

``parse_observations`` returns the values by FRED's observation date; the source and the
importer then date them by publication (``models.cascade.publication.as_published``)
and store them as a line frame (``models.market.frames.line_frame``).
"""

from __future__ import annotations

import gzip
from pathlib import Path

import pandas as pd

from models.errors import ImportFailed
from models.market.frames import DAILY, line_frame
from models.market.instruments import NYSE

#: the names FRED (and plain exports) give the date column
DATE_COLUMNS = ("observation_date", "date")
#: how FRED writes a missing value
MISSING = ("", ".")


class FredFormatError(ValueError):
    """What is wrong with a FRED CSV, and on which 1-based line (None: the whole text)."""

    def __init__(self, line: int | None, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


def parse_observations(text: str, series_id: str) -> tuple[pd.Series, int]:
    """The values of ``series_id`` by observation date, and how many rows had none.

    Raises ``FredFormatError`` for another layout, another series, a bad date or value,
    or a date given twice.
    """
    lines = text.removeprefix("\ufeff").splitlines()
    header = lines[0].strip().split(",") if lines else []
    _check_header(header, series_id)
    dates, values, skipped, seen = [], [], 0, set()
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        fields = [f.strip() for f in line.split(",")]
        if len(fields) != 2:
            raise FredFormatError(number, f"expected 2 columns, found {len(fields)}")
        day = _date(fields[0], number)
        if day in seen:
            raise FredFormatError(number, f"the date {fields[0]} is given twice")
        seen.add(day)
        if fields[1] in MISSING:
            skipped += 1
            continue
        dates.append(day)
        values.append(_number(fields[1], number))
    index = pd.DatetimeIndex(dates, name="date").as_unit("ns")
    return pd.Series(values, index=index, dtype="float64", name=series_id).sort_index(), skipped


def _check_header(header: list[str], series_id: str) -> None:
    if len(header) != 2 or header[0].lower() not in DATE_COLUMNS:
        raise FredFormatError(
            1, "not FRED's CSV download: expected the header 'observation_date,SERIES'"
        )
    named = header[1]
    if named.lower() != "value" and named.upper() != series_id.upper():
        raise FredFormatError(1, f"the file holds {named}, not {series_id}")


def _date(text: str, line: int) -> pd.Timestamp:
    try:
        if len(text) != 10:
            raise ValueError(text)
        return pd.Timestamp(text)
    except ValueError:
        raise FredFormatError(line, f"unparseable date {text!r}") from None


def _number(text: str, line: int) -> float:
    try:
        return float(text)
    except ValueError:
        raise FredFormatError(line, f"the value {text!r} is not a number") from None


def read_fred_file(path: str | Path, series_id: str):
    """A FRED download (plain or ``.gz``) for ``series_id`` as a checked import, dated by
    publication; raises ``ImportFailed`` naming the file, the line and the fault."""
    from models.cascade.publication import as_published
    from models.market.sources.csv_import import ImportedFile

    path = Path(path)
    try:
        raw = path.read_bytes()
        raw = gzip.decompress(raw) if path.suffix.lower() == ".gz" else raw
        text = raw.decode("utf-8")
    except FileNotFoundError:
        raise ImportFailed(str(path), None, "no such file") from None
    except (OSError, EOFError, UnicodeDecodeError) as exc:
        raise ImportFailed(str(path), None, f"cannot read the file ({exc})") from None
    try:
        values, skipped = parse_observations(text, series_id)
    except FredFormatError as err:
        raise ImportFailed(str(path), err.line, err.reason) from None
    if values.empty:
        raise ImportFailed(str(path), None, "the file has no observations")
    frame = line_frame(as_published(values, series_id))
    return ImportedFile(frame, DAILY, "fred", NYSE, skipped)
