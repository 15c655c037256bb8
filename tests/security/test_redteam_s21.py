"""Routes the session-21 red team (redteam7) found through the jail, each closed by the fix it names.

* bubblewrap without the seccomp layer (a machine without libseccomp or pyseccomp: jail_layers()["seccomp"] says why,
  and the sandbox runs on) had none of the seccomp rules the earlier fixes rest on. A case set SIGCHLD to SIG_IGN (or
  SA_NOCLDWAIT) and burned 1.8 s of CPU in children the kernel reaped by itself under a 1 s limit: ok with 44 ms (the
  hole of test_redteam_s14, open again there). Where load_seccomp fails, the runner now loads a filter of its own,
  assembled without libseccomp (jail_layers()["fallback_filter"]), with the rules that matter most, by number for
  x86_64 and aarch64; every i386 and x32 syscall answers EPERM.
Attacks run as the caller and as uid 65534 (see test_attacks).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from generator.problems import sandbox
from generator.problems.sandbox import SandboxLimits, Verdict, run_program
from tests.security.test_redteam_s14 import CPU_IN_AUTOREAPED_CHILDREN
from tests.security.test_redteam_s20 import no_seccomp_layer  # noqa: F401 - a fixture


def _bubblewrap_alone(as_user: Callable[..., Any]) -> dict[str, object]:
    active = as_user(sandbox.jail_layers)
    if active.get("bubblewrap") is not True:
        pytest.skip("bubblewrap is not available here")
    assert active.get("seccomp") is not True, active  # (the fixture hides the binding)
    return active


@pytest.mark.parametrize("how", ["ignore", "nocldwait"])
@pytest.mark.usefixtures("no_seccomp_layer")
def test_without_the_seccomp_layer_cpu_of_auto_reaped_children_is_not_lost(
        how: str, as_user: Callable[..., Any]) -> None:
    active = _bubblewrap_alone(as_user)
    result = as_user(run_program, CPU_IN_AUTOREAPED_CHILDREN, how, SandboxLimits(cpu_seconds=1.0, wall_seconds=30))
    # 1.8 s of CPU under a 1 s limit: never ok (before: ok, cpu_ms ~44, with bubblewrap alone).
    assert result.verdict is not Verdict.ok, (result.cpu_ms, result.stdout)
    assert result.verdict in (Verdict.time_limit, Verdict.runtime_error)
    assert active.get("fallback_filter") is True, active
