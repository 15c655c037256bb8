"""Cross-check runs: one program on many small inputs in one sandboxed process (jail/shared_harness.py).

`run_shared` has `run_many`'s signature and result, and the same jail. It is for the gate's cross-checks on
stress inputs only — validator, reference against brute force, mutants, the stress generator — where
starting a fresh process per input was most of the gate's cost. Its contract:
* a clean `ok` from the shared process is taken as the result (the program ran on that input alone in fresh
  globals; fds 0-2, `sys.std*`, `__main__`, `sys.argv` and `builtins` were new or restored);
* every other outcome — an exception, a non-zero exit, the CPU limit, too much output, a thread left running,
  an input the shared process never reported because it died — is run again with `run_many`, one fresh
  process per input, and that result is returned. So every failure the gate reports, with its verdict and
  message, comes from a fresh process exactly as before.
Anything published (hidden tests' answers, the time limit, the verdicts of known-wrong solutions) keeps
using `run_many`: state shared between inputs of one program must never reach a judge's data.
"""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from generator.problems.sandbox import RunResult, SandboxLimits, Verdict, run_many

# Below this many inputs a fresh process each costs about the same as the shared one.
MIN_SHARED = 4
# The shared process's whole output: every input's output within the per-input cap, but bounded.
MAX_SHARED_OUTPUT = 64 << 20


# What a group's input comes back as when an earlier input of its group failed (run_shared's `group`): one object,
# told apart by identity (`not_run`), so no program's own output can pass for it.
NOT_RUN = RunResult(Verdict.time_limit, "", "[shared] not run: an earlier input of its group failed", None, 0.0, 0.0)


def not_run(result: RunResult) -> bool:
    return result is NOT_RUN


# The runner's functions that start and end a program as CPython does, between these two lines of jail/runner.py:
# the harness runs as a case's program and cannot import the runner, so their text goes before the harness's own.
_EXIT_BEGIN = "# --- The program's start and exit, as CPython's"
_EXIT_END = "# --- end of the program's start and exit"


@lru_cache(maxsize=1)
def _harness() -> str:
    jail = Path(__file__).parent / "jail"
    runner = (jail / "runner.py").read_text(encoding="utf-8")
    begin, end = runner.index(_EXIT_BEGIN), runner.index(_EXIT_END)
    return runner[begin:end] + (jail / "shared_harness.py").read_text(encoding="utf-8")


def run_shared(source: str, inputs: Sequence[str], limits: SandboxLimits = SandboxLimits(), *,
               trusted_exits: frozenset[int] = frozenset(), trust_cpu_limit: bool = False,
               trust_raised: bool = False, group: int = 0, preload: Sequence[str] = ()) -> list[RunResult]:
    """`run_many`'s results. `trusted_exits`: non-zero exit codes that are a normal answer of this program (a
    checker's accept/reject), taken from the shared process like a clean exit. `trust_cpu_limit`: an input that
    used up its CPU limit in the shared process is reported as `time_limit` without a second, fresh run, for
    callers to whom a too-slow run only ever counts against the program (the gate's mutants), so a looping
    program burns its limit once, not twice. `trust_raised` (for the same callers): an input whose program raised
    one of the exceptions that depend only on its code and input (IndexError, ValueError, ... : the harness's list;
    never MemoryError, RecursionError or OSError, which the sharing could cause) is reported as `runtime_error`
    without a fresh run: a mutant that crashes on a case costs a fork and a run, not a fresh process.
    `group` (not with `trusted_exits`): the inputs come in consecutive groups of this size (one mutant's cases, for
    the gate's dispatcher), each group in a process of its own, for a caller to whom one failed input decides its
    whole group; once an input of a group failed, the rest of that group are not run at all and come back as
    NOT_RUN (`time_limit`, "not run", as run_many reports the cases after a call's wall clock ran out). The failure
    itself is what it always is (a fresh run's result, or a trusted CPU limit); when the fresh run does not fail
    (the sharing caused it), the group's skipped inputs are run fresh too. So a mutant that loops burns its limit
    once per round, and one that crashes is run fresh once, not once per case. `preload`: standard modules the
    shared process imports before any program runs (only those on jail/shared_harness.py's list), so a process forked
    per group does not import them again."""
    inputs = list(inputs)
    if len(inputs) < MIN_SHARED:
        return run_many(source, inputs, limits)
    group = group if group > 0 and not trusted_exits else 0
    header = {"n": len(inputs), "cpu": limits.cpu_seconds, "cap": limits.output_bytes}
    if group:
        header["group"] = group
    if preload:
        header["preload"] = list(preload)
    payload = [json.dumps(header).encode() + b"\n"]
    for text in inputs:
        data = text.encode("utf-8", "replace")
        payload += [b"%d\n" % len(data), data]
    # The whole batch gets no more CPU than the fresh runs would have had together; the wall clock is the
    # call's, as for run_many.
    batch = dataclasses.replace(limits, cpu_seconds=limits.cpu_seconds * len(inputs),
                                output_bytes=min(MAX_SHARED_OUTPUT, limits.output_bytes * len(inputs) + (1 << 20)))
    program = f"_SOURCE = {source!r}\n" + _harness()
    shared = run_many(program, [b"".join(payload).decode("utf-8", "replace")], batch)[0]
    results: list[RunResult | None] = [None] * len(inputs)
    skipped: list[int] = []
    for index, result in _reports(shared.stdout, len(inputs), trusted_exits, trust_cpu_limit, group, trust_raised):
        if result is None:
            skipped.append(index)
        else:
            results[index] = result
    not_run = set(skipped)
    again = [i for i, r in enumerate(results) if r is None and i not in not_run]
    if again:
        for i, result in zip(again, run_many(source, [inputs[i] for i in again], limits)):
            results[i] = result
    if skipped:
        # A group's skipped inputs stay unrun only where one of its inputs really failed (fresh, or a trusted
        # CPU limit); where the failure went away in a fresh process, they are run fresh like it.
        failed = {i // group for i, r in enumerate(results) if r is not None and r.verdict is not Verdict.ok}
        undecided = [i for i in skipped if i // group not in failed]
        for i in skipped:
            if i // group in failed:
                results[i] = NOT_RUN
        if undecided:
            for i, result in zip(undecided, run_many(source, [inputs[i] for i in undecided], limits)):
                results[i] = result
    return results  # type: ignore[return-value]


def _reports(text: str, count: int, trusted_exits: frozenset[int],
             trust_cpu_limit: bool = False, group: int = 0,
             trust_raised: bool = False) -> list[tuple[int, RunResult | None]]:
    """The clean reports of the shared process (`ok`, or `exit` with a trusted code), stopping at the first
    malformed one (a process that died mid-report: whatever follows is not trusted). A program can write
    reports of its own (it shares the process): for one program that only concerns its own runs, whose outputs it
    decides anyway, and never a published answer. The gate's mutant dispatcher runs many programs: there each group
    (one mutant's inputs) runs in a process of its own, and the harness passes on only that group's own reports
    (jail/shared_harness.py, _groups). With `group`, an input reported "skip"
    after an earlier input of its group did not end cleanly comes back as None (the caller decides)."""
    found: list[tuple[int, RunResult | None]] = []
    at, expected = 0, 0
    stopped_group = -1  # the group of the last input that did not end cleanly: its later inputs may be "skip"
    while at < len(text) and expected < count:
        end = text.find("\n", at)
        if end == -1:
            break
        fields = text[at:end].split(" ")
        try:
            index, status, code, cpu_ms, wall_ms, out_len, err_len = fields
            index_n, out_n, err_n = int(index), int(out_len), int(err_len)
            exit_code = None if code == "-" else int(code)
            cpu, wall = float(cpu_ms), float(wall_ms)
        except ValueError:
            break
        body = text[end + 1:end + 1 + out_n + err_n]
        if index_n != expected or len(body) != out_n + err_n:
            break
        if status == "ok" and exit_code == 0:
            found.append((index_n, RunResult(Verdict.ok, body[:out_n], body[out_n:], 0, cpu, wall)))
        elif status == "exit" and exit_code in trusted_exits:
            # As the runner reports a non-zero exit: runtime_error with its code and both streams.
            found.append((index_n, RunResult(Verdict.runtime_error, body[:out_n], body[out_n:], exit_code, cpu, wall)))
        elif status == "cpu" and trust_cpu_limit:
            found.append((index_n, RunResult(Verdict.time_limit, "", body[out_n:], None, cpu, wall)))
        elif status == "raised" and trust_raised:
            # As a fresh process ends on an uncaught exception: exit code 1 (stderr: the exception's one line).
            found.append((index_n, RunResult(Verdict.runtime_error, "", body[out_n:], 1, cpu, wall)))
        elif status == "skip" and group and index_n // group == stopped_group:
            found.append((index_n, None))
        if group and status not in ("ok", "skip"):
            stopped_group = index_n // group
        at, expected = end + 1 + out_n + err_n, expected + 1
    return found
