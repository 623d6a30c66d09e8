"""Atomic export files and folders: written beside the target (see atomic.py), read back, then renamed into place."""
from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterable
from fnmatch import fnmatch
from pathlib import Path

from medcollab_kg.atomic import fsync, temporary_beside
from medcollab_kg.errors import KgError


def read_back(check: Callable[[Path], None], tmp: Path, path: Path) -> None:
    """Run `check`; whatever makes the output unreadable becomes an error that names the file."""
    try:
        check(tmp)
    except KgError:
        raise
    except Exception as exc:  # a parser's own error: the export is broken, and nothing was replaced
        raise KgError(f"Export check failed for '{path}': reading it back gave {exc.__class__.__name__}: {exc}. "
                      "Nothing was replaced.") from exc


def write_file_checked(path: Path, write: Callable[[Path], object], check: Callable[[Path], None]) -> Path:
    """`write` a temporary file beside `path`, `check` it, then rename it over `path`.

    A failed write or check leaves the previous file untouched.
    """
    path = Path(path)
    if path.is_dir():
        raise KgError(f"'{path}' is a folder. Fix: give a file name, e.g. {path / 'graph'}.")
    with temporary_beside(path) as tmp:
        write(tmp)
        fsync(tmp)
        read_back(check, tmp, path)
        os.replace(tmp, path)
    return path


def write_folder_checked(path: Path, write: Callable[[Path], None], check: Callable[[Path], None], *,
                         owned: Iterable[str]) -> Path:
    """`write` a temporary folder beside `path`, `check` it, then swap it in for `path`.

    An existing folder is replaced only when every file in it matches one of the `owned` patterns,
    so a mistyped --output never deletes someone's files.
    """
    path, owned = Path(path), tuple(owned)
    if path.exists() and not path.is_dir():
        raise KgError(f"'{path}' is a file; this format writes a folder. Fix: give a folder name.")
    if path.is_dir():
        foreign = sorted(p.name for p in path.iterdir() if not any(fnmatch(p.name, o) for o in owned))
        if foreign:
            raise KgError(f"'{path}' holds {len(foreign)} file(s) this export did not write, e.g. '{foreign[0]}'. "
                          "Fix: choose a new or empty folder.")
    with temporary_beside(path, folder=True) as tmp:
        old = path.parent / f"{tmp.name}.old"
        try:
            write(tmp)
            for file in tmp.iterdir():
                fsync(file)
            read_back(check, tmp, path)
            # Directories cannot be renamed over non-empty ones: move the old one aside, then swap.
            if path.exists():
                os.replace(path, old)
            os.replace(tmp, path)
        finally:
            shutil.rmtree(old, ignore_errors=True)
    return path
