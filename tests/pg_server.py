"""A throw-away PostgreSQL server for the tests and for development, from the system's own
PostgreSQL programs, in a temporary folder, listening on the loopback only.

PostgreSQL refuses to run as root: when the tests run as root, the server runs as the
unprivileged ``postgres`` account (through ``runuser``), which owns the temporary folder.

    python3 tasks.py pg              start one, print its address, stop it on Ctrl+C
    python3 tasks.py test-pg         the core and command-line tests against one
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

USER = "mentorat"


def find_bin_dir() -> Path | None:
    """The folder of initdb and pg_ctl: on PATH, or Debian's versioned folder."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), reverse=True)
    return Path(candidates[0]).parent if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    folder: Path
    port: int
    bin_dir: Path
    as_postgres: bool

    @property
    def url(self) -> str:
        """The SQLAlchemy address of the server's maintenance database."""
        return f"postgresql+psycopg://{USER}@127.0.0.1:{self.port}/postgres"

    def _run(self, *cmd: str) -> None:
        args = [str(self.bin_dir / cmd[0]), *cmd[1:]]
        if self.as_postgres:
            args = ["runuser", "-u", "postgres", "--", *args]
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> Server:
    """Create a cluster in a temporary folder and start it; trust on the loopback only, a
    superuser named ``mentorat``, fsync off (a test server loses nothing worth keeping)."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL's programs (initdb, pg_ctl) are not installed")
    as_postgres = hasattr(os, "geteuid") and os.geteuid() == 0
    folder = Path(tempfile.mkdtemp(prefix="mentorat-pg-"))
    if as_postgres:
        shutil.chown(folder, "postgres", "postgres")
    server = Server(folder, _free_port(), bin_dir, as_postgres)
    data = folder / "data"
    server._run(
        "initdb", "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"
    )
    options = f"-p {server.port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off"
    options += " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
    server._run("pg_ctl", "-D", str(data), "-l", str(folder / "log"), "-o", options, "-w", "start")
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", server.port)) == 0:
                return server
        time.sleep(0.1)
    server.stop()
    raise RuntimeError("the PostgreSQL test server did not start")


if __name__ == "__main__":
    srv = start()
    print(f"PostgreSQL is running: {srv.url}", flush=True)
    print("Stop it with Ctrl+C.", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        srv.stop()
