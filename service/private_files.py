"""Private by default: the data directory is 0700, secrets, keys and saved mail are 0600, and looser modes found on
start are tightened back with a warning (a file someone `chmod`ed, or one made before this rule).

The data directory holds personal data (saved `.eml` files, PostgreSQL, Temporal's database) and working secrets
(codec and signing keys, the codec token, link tokens inside mail), so nobody but its owner may read any of it.
"""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
# New files and folders of processes that call `private_umask()` get no group or other bits.
PRIVATE_UMASK = 0o077

log = logging.getLogger(__name__)


def private_umask() -> int:
    """Make every file this process (and the children it starts) creates private; returns the previous umask."""
    return os.umask(PRIVATE_UMASK)


def ensure_private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) as 0700; an existing one readable by others is tightened, with a warning."""
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    tighten(path)
    return path


def tighten(path: Path) -> bool:
    """Remove group/other bits from `path` (0700 a directory, 0600 a file) with a warning; True if it changed."""
    try:
        info = path.lstat()
    except FileNotFoundError:
        return False
    if stat.S_ISLNK(info.st_mode) or not (stat.S_ISDIR(info.st_mode) or stat.S_ISREG(info.st_mode)):
        return False  # sockets and links are reachable only through their (private) folder
    mode = stat.S_IMODE(info.st_mode)
    if not mode & 0o077 or (stat.S_ISDIR(info.st_mode) and mode & 0o077 == 0o011 and _holds_foreign_owned(path)):
        return False
    wanted = PRIVATE_DIR_MODE if stat.S_ISDIR(info.st_mode) else mode & 0o700  # the owner keeps what it had
    log.warning("%s was readable by other users (mode %o); tightened to %o", path, mode, wanted)
    path.chmod(wanted)
    return True


def _holds_foreign_owned(folder: Path) -> bool:
    """Whether another user owns something in `folder`: then it keeps traversal (0711) for them, e.g. the embedded
    PostgreSQL, which runs as its own user when we are root (devstack/postgres.py)."""
    me = os.geteuid()
    try:
        return any(child.lstat().st_uid != me for child in folder.iterdir())
    except OSError:
        return False


def tighten_tree(root: Path) -> int:
    """Tighten `root` and everything under it (see `tighten`); returns how many entries changed."""
    if not root.exists():
        return 0
    changed = int(tighten(root))
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            changed += tighten(Path(folder) / name)
    return changed


def read_private(path: Path) -> str:
    """Read a secret file, tightening its mode to 0600 (with a warning) if others could read it."""
    tighten(path)
    return path.read_text(encoding="utf-8")


def write_private_bytes(path: Path, data: bytes) -> None:
    """Write `data` to a new 0600 file at `path` through a `.part` file, so a reader never sees half of it."""
    partial = path.with_name(path.name + ".part")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.chmod(partial, PRIVATE_FILE_MODE)  # O_CREAT's mode does not apply to a .part left by a crash
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
