"""The failures a user can meet, each with a message fit to show as it is.

Every error raised out of ``models`` to the app or the command line is a
``DataError``; its ``str()`` is one clear sentence for the user, never a traceback.
"""

from __future__ import annotations


class DataError(Exception):
    """Base of every user-facing data failure; ``str(err)`` is the message to show."""

    #: a short machine-readable kind, stable across versions (used by the CLI and tests)
    kind = "data"

    #: bars fetched before the failure (a contract frame) so the cache can keep them
    partial = None


class UnknownSymbol(DataError):
    """The source says this ticker or pair does not exist."""

    kind = "unknown_symbol"


class NoDataInRange(DataError):
    """The symbol exists but has no bars in the requested range."""

    kind = "no_data"


class NotCachedOffline(NoDataInRange):
    """Offline, and nothing is cached for a series."""

    kind = "not_cached_offline"


class NetworkDown(DataError):
    """The source could not be reached (DNS, refused, reset, timeout).

    ``reason`` says how, when the source could tell: one of the constants below.
    """

    kind = "network"

    DNS = "dns"  # the name did not resolve
    NO_CONNECTION = "no_connection"  # no connection could be made
    TIMEOUT = "timeout"  # no answer in time
    RESET = "reset"  # the connection broke

    def __init__(self, message: str = "", reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason

    @property
    def machine_offline(self) -> bool:
        """True when this machine itself looks offline (no DNS, no connection at all):
        other sources would fail alike. A timeout or a reset may be one slow server."""
        return self.reason in (self.DNS, self.NO_CONNECTION)


class RateLimited(DataError):
    """The source refused because of too many requests (HTTP 429), after retries."""

    kind = "rate_limited"


class RegionBlocked(DataError):
    """The exchange refuses this region (HTTP 451)."""

    kind = "region_blocked"


class SourceUnavailable(DataError):
    """The source answered but is down or failing (HTTP 5xx, maintenance)."""

    kind = "unavailable"


class BadResponse(DataError):
    """The source answered with something we cannot trust (malformed, truncated, empty)."""

    kind = "bad_response"


class Cancelled(DataError):
    """The user cancelled the operation."""

    kind = "cancelled"


class CacheCorrupt(DataError):
    """A cached series could not be read; it was set aside (``path``: where it went, when
    known) and will be refetched; ``moved`` is False when it could not be moved (a
    read-only cache) and is skipped instead."""

    kind = "cache_corrupt"

    def __init__(self, message: str = "", path: str = "", moved: bool = True) -> None:
        super().__init__(message)
        self.path = str(path)
        self.moved = moved


class StorageError(DataError):
    """The disk refused (full, read-only, no permission, a name too long, a file where a
    folder should be); the message names the path and what to do. ``reason`` is one of
    the constants below, ``path`` the path concerned."""

    kind = "storage"

    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    NO_PERMISSION = "no_permission"
    NAME_TOO_LONG = "name_too_long"
    NOT_A_FOLDER = "not_a_folder"
    OTHER = "other"

    def __init__(self, message: str, path: str = "", reason: str = OTHER) -> None:
        super().__init__(message)
        self.path = str(path)
        self.reason = reason


def storage_error(err: OSError, path, doing: str) -> StorageError:
    """The one sentence for an ``OSError`` met while ``doing`` something (``"write the
    cache"``) at ``path``: what happened and what to do, never "unexpected OSError"."""
    import errno  # only when the disk refused

    where = str(err.filename or path)
    code = err.errno
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        text = f"The disk holding {where} is full, so the app could not {doing}; free some space."
        reason = StorageError.DISK_FULL
    elif code == errno.EROFS:
        text = (
            f"{where} is on a read-only disk, so the app could not {doing}; choose a "
            "writable cache folder (--cache-dir or LIQUIDITY_CASCADE_CACHE_DIR)."
        )
        reason = StorageError.READ_ONLY
    elif code in (errno.EACCES, errno.EPERM):
        text = (
            f"No permission to {doing} at {where}; allow writing there or choose another "
            "cache folder (--cache-dir or LIQUIDITY_CASCADE_CACHE_DIR)."
        )
        reason = StorageError.NO_PERMISSION
    elif code == errno.ENAMETOOLONG:
        text = f"The name {where} is too long for the file system; use a shorter one."
        reason = StorageError.NAME_TOO_LONG
    elif code in (errno.ENOTDIR, errno.EEXIST, errno.EISDIR):
        text = (
            f"{where} is in the way: a file where a folder is needed (or the reverse), so "
            f"the app could not {doing}; move it or choose another folder."
        )
        reason = StorageError.NOT_A_FOLDER
    else:
        text = f"Could not {doing} at {where}: {err.strerror or err}."
        reason = StorageError.OTHER
    return StorageError(text, where, reason)


class ImportFailed(DataError):
    """A file could not be imported; the message names the file, the line and the fault."""

    kind = "import_failed"

    def __init__(self, path: str, line: int | None, reason: str) -> None:
        where = f"{path}, line {line}" if line is not None else str(path)
        super().__init__(f"Cannot import {where}: {reason}")
        self.path = str(path)
        self.line = line
        self.reason = reason


class InvalidParameter(DataError):
    """A parameter is out of range or malformed."""

    kind = "invalid_parameter"


class CalendarRefused(InvalidParameter):
    """A file's bars do not fit its symbol's calendar (24/7 bars under a New York
    session symbol); nothing was imported. The user may import it anyway, on purpose:
    the command line with ``--force``, the window by confirming."""

    kind = "calendar_refused"

    def __init__(self, message: str, label: str) -> None:
        super().__init__(message)
        self.label = label


class NoOverlap(DataError):
    """Two series share no dates, so nothing can be compared."""

    kind = "no_overlap"
