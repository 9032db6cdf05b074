"""The checks made before the stack starts anything: one stack per data dir, ports still free."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from devstack.preflight import PreflightError, StackLock, check_ports, port_in_use


def test_a_second_lock_on_the_same_data_dir_names_the_holder(tmp_path: Path) -> None:
    first = StackLock(tmp_path / "stack.lock")
    first.acquire()
    try:
        with pytest.raises(PreflightError) as refused:
            StackLock(tmp_path / "stack.lock").acquire()
        assert str(refused.value) == (
            f"reinterview stack already running (pid {os.getpid()}, lock {tmp_path / 'stack.lock'})"
        )
    finally:
        first.release()
    again = StackLock(tmp_path / "stack.lock")
    again.acquire()
    again.release()


def test_a_port_someone_listens_on_is_named_with_its_role() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        taken = listener.getsockname()[1]
        assert port_in_use(taken)
        with pytest.raises(PreflightError, match=rf"^port {taken} \(SMTP sink\) is already in use$"):
            check_ports([(taken, "SMTP sink")])
    assert not port_in_use(taken)
