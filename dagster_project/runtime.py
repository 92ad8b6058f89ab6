"""Process set-up shared by the command line and tests: Dagster home without
telemetry or the UI's first-run pop-up, dbt without usage stats, and a dbt
manifest that matches the project.
"""
from __future__ import annotations

import fcntl
import hashlib
import os
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

from dagster_project import settings

DAGSTER_YAML_HEADER = "# Written by govreport"
DAGSTER_YAML = f"""\
{DAGSTER_YAML_HEADER} (dagster_project/runtime.py); edit there. Nothing may reach the network.
telemetry:
  enabled: false
# No first-run "Join the Dagster community" pop-up in the UI (`make dev`): it
# asks for an e-mail address and would send it out.
nux:
  enabled: false
# Runs that write the warehouse never overlap: the queue starts one run at a
# time, and at most one tagged govreport/writes (both jobs are). A run started
# outside the queue (`govreport run`) meets the writer lock instead.
concurrency:
  runs:
    max_concurrent_runs: 1
    tag_concurrency_limits:
      - key: "govreport/writes"
        limit: 1
"""


def quiet_environment() -> None:
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "False")
    os.environ.setdefault("DO_NOT_TRACK", "1")
    # dbt colours its log (which dagster-dbt echoes) unless told not to; in a file,
    # a CI log or `make eval` output colour codes are noise. A terminal keeps them.
    if not sys.stdout.isatty():
        os.environ.setdefault("DBT_USE_COLORS", "False")
    os.environ.setdefault("DAGSTER_HOME", str(settings.REPO_ROOT / ".dagster_home"))
    home = Path(os.environ["DAGSTER_HOME"])
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    # Rewrite our own file when this code changed it; leave a hand-written one alone.
    current = config.read_text(encoding="utf-8") if config.exists() else None
    if current is None or (current.startswith(DAGSTER_YAML_HEADER) and current != DAGSTER_YAML):
        config.write_text(DAGSTER_YAML, encoding="utf-8")


_BUILD_INPUTS = ("dagster_project", "dbt", "expectations")
# Folders no build reads: dbt's own output (target/ holds a folder per earlier dagster-dbt
# invocation in older checkouts: 250 of them, 190,000 files, took 20 s to walk), caches.
_NOT_INPUTS = {"target", "logs", "dbt_packages", "__pycache__", ".user.yml"}


def _input_files(top: Path) -> list[Path]:
    """The files under ``top`` a build reads, in a stable order; the folders in
    _NOT_INPUTS are not walked into at all."""
    found = []
    for folder, subfolders, files in os.walk(top):
        subfolders[:] = [d for d in subfolders if d not in _NOT_INPUTS]
        found += [Path(folder) / f for f in files if f not in _NOT_INPUTS and not f.endswith(".pyc")]
    return sorted(found)


def _digest_of(files: list[Path], root: Path) -> str:
    h = hashlib.sha256()
    for path in files:
        h.update(str(path.relative_to(root)).encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def _dbt_sources_digest() -> str:
    """A digest of everything `dbt parse` reads (models, macros, seeds, vars), read now."""
    return _digest_of(_input_files(settings.DBT_DIR), settings.DBT_DIR)


@lru_cache(maxsize=1)
def dbt_project_digest() -> str:
    """Identifies the dbt project this process runs: the models incremental by report keep
    rows only of the project that built them (defs/assets/dbt.py)."""
    return _dbt_sources_digest()


@lru_cache(maxsize=1)
def code_digest() -> str:
    """A digest of everything that turns the landing tables into the published warehouse: the
    project's code, the dbt project and the expectation suites. A warehouse built
    with the same digest from the same files needs no rebuild. Computed once per
    process: the code a process runs is the code it imported at start."""
    return _digest_of([f for top in _BUILD_INPUTS for f in _input_files(settings.REPO_ROOT / top)],
                      settings.REPO_ROOT)


def ensure_dbt_manifest() -> Path:
    """Run `dbt parse` when the manifest is missing or older than the dbt project.

    dagster-dbt needs the manifest when the definitions are imported; parsing
    costs seconds, so it is done only when the project changed.
    """
    target = settings.DBT_DIR / "target"
    manifest = target / "manifest.json"
    stamp = target / ".govreport-digest"
    digest = _dbt_sources_digest()
    if _manifest_current(manifest, stamp, digest):
        return manifest
    # Two processes starting at once (a run and `make dev`, parallel test workers)
    # must not write the manifest together: one parses, the other waits and reuses it.
    target.mkdir(exist_ok=True)
    with open(target / ".govreport-parse.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not _manifest_current(manifest, stamp, digest):
            dbt = Path(sys.executable).with_name("dbt")
            subprocess.run(
                [str(dbt), "parse", "--quiet", "--project-dir", str(settings.DBT_DIR),
                 "--profiles-dir", str(settings.DBT_DIR)],
                check=True, cwd=settings.DBT_DIR,
            )
            stamp.write_text(digest)
    return manifest


def _manifest_current(manifest: Path, stamp: Path, digest: str) -> bool:
    return manifest.exists() and stamp.exists() and stamp.read_text() == digest
