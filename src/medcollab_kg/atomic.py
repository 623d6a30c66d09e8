"""Files that appear whole or not at all: written beside their target, flushed to disk, then renamed over it.

The graph file and every export are written this way, so a reader (or a crash) sees the old file or the new
one, never half of one.
"""
from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def temporary_beside(path: Path, *, folder: bool = False) -> Iterator[Path]:
    """A new, hidden file (or folder) in `path`'s folder, named after it, for the block to fill and rename over
    `path`; whatever is left of it when the block ends (an error, an interrupt) is removed.

    It gets the mode a plain open() or mkdir() would give the target: mkstemp's 0600 would otherwise survive the
    rename, and a graph or export shared through a folder would become readable by its owner only.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    if folder:
        tmp = Path(tempfile.mkdtemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"))
    else:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        os.close(fd)
        tmp = Path(name)
    try:
        os.chmod(tmp, (0o777 if folder else 0o666) & ~current_umask())
        yield tmp
    finally:
        if folder:
            shutil.rmtree(tmp, ignore_errors=True)
        else:
            tmp.unlink(missing_ok=True)


def write_atomic(path: Path, pieces: Iterable[bytes]) -> Path:
    """Write `pieces` to `path` so that a reader sees the old file or the new one, never half of one."""
    with temporary_beside(path) as tmp:
        with open(tmp, "wb") as handle:
            handle.writelines(pieces)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    return path


def fsync(path: Path) -> None:
    """Flush a written file to disk, so the rename never publishes an empty file after a crash."""
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
