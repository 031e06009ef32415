"""The soak (bench/soak.py) in short: 15 s of mixed load on PostgreSQL with two workers,
then its checks: no 5xx, no lost or doubled write, the workers on the last version.

`make soak` runs it for minutes; here it runs just long enough to catch a regression in
the checks or in the paths they cover. Memory needs a longer run to judge (the first
seconds grow with the first rebuilds), so its bound is loosened here.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.settings import PROJECT_ROOT
from tests.support import POSTGRES_ADMIN_URL, REQUIRE_POSTGRES, postgres

SOAK_SECONDS = 15


@pytest.mark.postgres
@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="reads Linux's /proc")
def test_a_short_soak_on_postgresql_loses_nothing_and_fails_nothing(tmp_path: Path) -> None:
    problem = postgres.problem()
    if problem is not None:
        message = f"PostgreSQL is not reachable at {POSTGRES_ADMIN_URL}: {problem}"
        if REQUIRE_POSTGRES:
            pytest.fail(message + " (ACUPOINT_TEST_REQUIRE_POSTGRES=1)", pytrace=False)
        pytest.skip(message)
    report = tmp_path / "soak.md"
    command = [sys.executable, str(PROJECT_ROOT / "bench" / "soak.py")]
    command += ["--duration", str(SOAK_SECONDS), "--reload-interval", "1"]
    command += ["--readers", "2", "--patchers", "2", "--max-growth-mb", "100"]
    command += ["--postgres-url", POSTGRES_ADMIN_URL, "--output", str(report)]
    done = subprocess.run(
        command, cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120, check=False
    )
    output = done.stdout + done.stderr
    assert done.returncode == 0, output[-6000:]
    text = report.read_text(encoding="utf-8")
    assert text.startswith("# Soak: PASS"), text
    assert re.search(r"\| no 5xx and no connection error \| PASS \| 0 of [\d,]+ requests", text)
    assert "| FAIL |" not in text
    applied = re.search(r"(\d+) writes seen applied, (\d+) audited as applied", text)
    assert applied is not None, text
    assert int(applied[1]) == int(applied[2]) > 0
