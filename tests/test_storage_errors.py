"""Every OS error a user can meet is one sentence naming the path and what to do
(issue 10, item 9: "unexpected OSError" for disk full, read-only, permission ...)."""

from __future__ import annotations

import errno

import pytest

from app.cli import main
from models.errors import StorageError, storage_error


@pytest.mark.parametrize(
    ("code", "reason", "words"),
    [
        (errno.ENOSPC, StorageError.DISK_FULL, "is full, so the app could not write the cache"),
        (errno.EROFS, StorageError.READ_ONLY, "is on a read-only disk"),
        (errno.EACCES, StorageError.NO_PERMISSION, "No permission to write the cache at"),
        (errno.EPERM, StorageError.NO_PERMISSION, "choose another cache folder"),
        (errno.ENAMETOOLONG, StorageError.NAME_TOO_LONG, "is too long for the file system"),
        (errno.ENOTDIR, StorageError.NOT_A_FOLDER, "a file where a folder is needed"),
        (errno.EIO, StorageError.OTHER, "Could not write the cache at"),
    ],
)
def test_each_os_error_is_one_sentence_with_the_path_and_what_to_do(code, reason, words):
    err = storage_error(OSError(code, "strerror text", "/data/cache/x"), "", "write the cache")
    assert isinstance(err, StorageError) and err.reason == reason
    assert words in str(err) and "/data/cache/x" in str(err) and "\n" not in str(err)


def test_an_os_error_no_model_caught_is_still_one_line(capsys, monkeypatch):
    import app.commands.data as data_command

    def refuse(args):
        raise PermissionError(errno.EACCES, "Permission denied", "/root/secret")

    monkeypatch.setattr(data_command, "run_list", refuse)
    assert main(["data", "list"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: No permission to complete the command at /root/secret")
    assert "unexpected" not in err and err.count("\n") == 1
