"""The verification gate: one implementation that every generator's draft must pass.

Nothing a draft claims is believed. The validator, the reference, the brute force and the wrong
solutions are all executed in the sandbox; expected outputs are whatever the reference printed; the
time limit is calibrated from the reference's measured CPU time on the maximum tests. A draft that
fails any step raises `GateError` and is never turned into a `Problem`.
"""
from __future__ import annotations

import contextvars
import dataclasses
import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from fractions import Fraction

from generator.problems.bounds import lowered_bound
from generator.problems.checker import judge_accepts, outputs_match
from generator.problems.checker_program import Judgement, near_wrong_outputs, run_checker
from generator.problems.family import CATEGORIES, Draft, TestInput, WrongSolution, render_constraints
from generator.problems.mutation import imported_modules, mutant_dispatcher, mutants
from generator.problems.program_shape import same_program
from generator.problems.sandbox import RunResult, SandboxLimits, Verdict, run_many, run_program
from generator.problems.schema import (
    Difficulty,
    InvalidInput,
    KnownSolution,
    Language,
    MutationReport,
    Limits,
    Problem,
    Programs,
    Provenance,
    Sample,
    Solution,
    Statement,
    TestCase,
    Verification,
)
from generator.problems.shared_run import not_run, run_shared

MIN_STRESS = 100
WRONG_BATCH = 6
# Generous limits while computing outputs: calibration, not this, decides the published time limit.
ORACLE_CPU_SECONDS = 10.0
# The published limit is at least this many times the reference's CPU on a max test. problemtools' verifyproblem
# refuses a package whose fixed limit is under twice ITS slowest accepted run, so the factor over 2 is all the room
# left for the judge's machine being slower or busier than the gate's: at 3 (room 1.5x) a loaded 2-vCPU machine's
# 1.6-1.9x swell of one run's CPU time failed that check; at 4 the room is 2x. Every too-slow solution of the
# catalog still exceeds the limits this gives (measured per package before the change, at load 7-9).
TIME_LIMIT_FACTOR = 4.0
# Mutation check: how many mutants per problem, and the CPU each gets per case (small inputs only): SLOWDOWN
# times the reference's CPU on the mutants' tests, within [FLOOR, CEILING]. A mutant that needs 10x the
# reference's CPU on a small test (and at least 50 ms) is a loop gone wrong: it would exceed the published limit
# (4x the reference on the max tests) too, and each such mutant used to burn the whole second per case. The floor
# was 0.25 s: every mutant that reached it (24 of 3,300 runs over six medium problems) still ran at 4 s (or ran out
# of memory), while the slowest mutant that finished took 7 ms on a loaded machine; at 0.25 s those loops were
# half of the mutation check's CPU.
# MAX_MUTANTS covers every mutant of every catalog reference (the largest, lca.path_max, has 267 with the sibling
# swaps); it bounds an LLM draft's.
MAX_MUTANTS = 280
MUTANT_CPU_SECONDS = 1.0
MUTANT_CPU_FLOOR_SECONDS = 0.05
MUTANT_SLOWDOWN = 10.0
# Slices of the tests, smallest first. Each round starts a process per living mutant (forked from the shared
# harness, about 3 ms), and a mutant's cases stop at its first run that does not end cleanly: a mutant that loops
# forever (a mutated loop bound) burns the mutant CPU limit once per round, however many cases the round has. So the
# first round has the four smallest cases, not one: a one-case first round killed about a fifth of the mutants and
# cost every other one a second process start (dijkstra, grid_bfs: 125 and 103 mutants, 104 and 79 of them
# survived it). The rounds after the first MUTANT_ROUNDS_BEFORE_STRESS (the larger tests) are run only by survivors
# that the stress cases tell apart from the reference: an equivalent mutant never pays for them.
MUTANT_ROUNDS = ((0, 4), (4, 12), (12, 10**9))
MUTANT_ROUNDS_BEFORE_STRESS = 2
# Mutants on the stress cases: about this many runs per shared process (whole mutants only).
MUTANT_STRESS_RUNS_PER_CALL = 1200
# Stated bounds: some max or anti test (the tests the time limit is calibrated on) must reach BOUND_REACH of each
# constraint's range above its low end (N = 180000 under 1 <= N <= 200000). A draft that stated N <= 2*10^5 and tested
# N = 1000 published a limit calibrated on 1000 and let an O(N^2) solution pass. Ranges narrower than BOUND_MIN_SPAN
# (a type 1..3, a digit) are not about size and are left out.
BOUND_REACH = Fraction(9, 10)
BOUND_MIN_SPAN = 10
# Distinct lowered validators one draft may ask for (each runs on the max tests): a design's constraint list has no
# length limit, and every distinct bound it writes is a run of the validator per max test.
MAX_BOUND_PROGRAMS = 16
# ... and the max and anti tests it runs them on, the largest first (a design's generator list has no limit either).
MAX_BOUND_TESTS = 12
# Coarse steps keep the published limit stable across runs (the artifact is byte-identical per seed).
TIME_LIMIT_STEPS_MS = (1000, 2000, 3000, 5000, 10_000)
# PYTHONHASHSEED of the reference's second run on the tests (the first and every other run use 0): fixed, so a
# verdict is reproducible, and not 0, so set-of-str iteration order differs as it does on a judge.
SECOND_HASH_SEED = 20261205

# The checker's judgements made during one `verify`, by (input, jury answer, output), each with whether it came from
# a fresh process (every published verdict must) or a shared one (cross-checks). The same triple judged twice gets
# the same judgement from a deterministic checker, and the gate already relies on one run of it per triple. The
# self-test judges the reference's own answer on every test in fresh processes, and a known-wrong or too-slow
# solution that prints the jury's answer to a test was sent through the checker again with that very triple
# (dijkstra.print_path: 197 such runs per problem, each its own Dijkstra on the test, 12 % of the gate's CPU).
_JUDGED: contextvars.ContextVar[dict[bytes, tuple[Judgement, bool]] | None] = contextvars.ContextVar(
    "gate_checker_judgements", default=None)


class GateError(Exception):
    """A draft failed verification. `code` is stable (for metrics/feedback), `message` is for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message

    def __reduce__(self):  # noqa: ANN204 - picklable across process pools (scripts/check_package.py -j N)
        return type(self), (self.code, self.message)


@dataclass(frozen=True)
class GateContext:
    problem_id: str
    difficulty: Difficulty
    language: Language
    seed: int
    generator: str = "offline"
    model_id: str | None = None
    input_tokens: int | None = None
    output_tokens: int | None = None


def verify(draft: Draft, ctx: GateContext, on_stage: Callable[[str], None] = lambda _m: None) -> Problem:
    token = _JUDGED.set({})  # this call's own: problems verified at once in threads never share one
    try:
        return _verify(draft, ctx, on_stage)
    finally:
        _JUDGED.reset(token)


def _checker(source: str, cases: list[tuple[str, str, str]], memory_mb: int, *,
             shared: bool = False) -> list[Judgement]:
    """`run_checker`, but a triple already judged in this `verify` is not judged again (a fresh process's judgement
    serves any caller; a shared one only cross-checks), nor one that comes twice in `cases`."""
    judged = _JUDGED.get()
    if judged is None:
        return run_checker(source, cases, memory_mb, shared=shared)
    keys = [_judgement_key(source, case) for case in cases]
    found: dict[bytes, Judgement] = {}
    for key in keys:
        known = judged.get(key)
        if known is not None and (known[1] or shared):
            found[key] = known[0]
    missing = {key: case for key, case in zip(keys, cases) if key not in found}
    ran = run_checker(source, list(missing.values()), memory_mb, shared=shared) if missing else []
    for key, judgement in zip(missing, ran):
        found[key] = judgement
        if not judgement.crashed:
            judged[key] = (judgement, not shared)
    return [found[key] for key in keys]


def _judgement_key(source: str, case: tuple[str, str, str]) -> bytes:
    """A digest, not the strings: a problem's outputs on its max tests run to megabytes, and the memo would keep
    every wrong solution's alive until the problem is verified."""
    digest = hashlib.blake2b(digest_size=20)
    for part in (source, *case):
        data = part.encode("utf-8", "surrogatepass")
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.digest()


def _verify(draft: Draft, ctx: GateContext, on_stage: Callable[[str], None]) -> Problem:
    _check_structure(draft)
    # The mutation step may add tests: work on copies, the caller's draft stays as it was.
    draft = dataclasses.replace(draft, tests=list(draft.tests),
                                test_commands=list(draft.test_commands) if draft.test_commands else None)
    inputs = [t.input for t in draft.tests]
    memory = draft.memory_mb

    # 1. Validator: accepts every test and stress input, rejects every near-invalid input. Stress inputs are a
    # cross-check (never published): they run in one shared process (shared_run), the tests in fresh ones.
    checked = _run_validator(draft.validator, inputs, memory, expect_valid=True)
    checked += _run_validator(draft.validator, draft.stress, memory, expect_valid=True, shared=True)
    rejected = _run_validator(draft.validator, draft.near_invalid, memory, expect_valid=False)
    # 1b. The max tests reach every stated upper bound, and the validator enforces it (run held to a lower bound).
    # Required of an LLM's draft; a catalog package's gaps are errors of scripts/check_package.py (not refusals here).
    if draft.bounds_required:
        gaps = bound_gaps(draft)
        if gaps:
            raise GateError("max_tests_below_bounds", gaps[0])

    # 3. Expected outputs are what the reference prints (tests: fresh processes; stress: shared, for the brute
    # force and the mutants only — a stress case that becomes a test is run again fresh, below).
    oracle = SandboxLimits(cpu_seconds=ORACLE_CPU_SECONDS, wall_seconds=600, memory_mb=memory)
    ref_tests = _reference_ok(run_many(draft.reference, inputs, oracle), draft.tests)
    ref_stress = _reference_ok(
        run_shared(draft.reference, draft.stress, oracle), [TestInput(s, "random") for s in draft.stress]
    )
    outputs = [r.stdout for r in ref_tests]
    # 3a. A judge runs the reference again: it must give the same answers (a checker's "same"). Only the small tests
    # were cross-checked, against one run: a reference printing os.urandom or random.random() on the max tests had
    # one of its answers published, which a second run of its own did not match.
    again = _same_again(draft, inputs, outputs, oracle)

    # 6. Time limit from the reference's own per-case CPU on the maximum-size tests (each case runs in its own
    # forked process, timed by wait4 of its whole process tree). Each test's CPU is the smaller of its two runs:
    # CPU time grows when another process shares the core's caches, and a limit taken from one run moved a step
    # between two exports of the same task and seed minutes apart (8 of 28 tasks at load 6-8).
    max_ms = max((min(first.cpu_ms, second.cpu_ms) for t, first, second in zip(draft.tests, ref_tests, again)
                  if t.category in ("max", "anti")), default=0.0)
    time_limit_ms = published_time_limit(max_ms, draft.min_time_limit_ms)
    on_stage(f"reference max-test CPU {max_ms:.0f} ms → time limit {time_limit_ms} ms")

    # 4. Brute force agrees with the reference on every small test and every stress case.
    small = [(t.input, out) for t, out in zip(draft.tests, outputs) if t.small]
    # (The brute force's runs are cross-checks, never published: shared processes for the small tests too.)
    brute_small, brute_small_runs = _agree(draft, [i for i, _ in small], [o for _, o in small], "small test",
                                           shared=True)
    brute_stress, brute_stress_runs = _agree(draft, draft.stress, [r.stdout for r in ref_stress], "stress case",
                                             shared=True)

    # 4a. A checker program must accept the reference's answers and a different valid answer, and reject
    # near-wrong outputs.
    if draft.checker_program is not None:
        _self_test_checker(draft, outputs, [r.stdout for r in ref_stress], brute_small_runs + brute_stress_runs)
        on_stage("checker self-test passed")

    # 4b. Every mutant of the reference that the brute force tells apart (on the stress cases) must fail the
    # tests; for one that passes, its smallest distinguishing stress case joins the tests.
    pool = _StressPool(list(draft.stress), [r.stdout for r in ref_stress],
                       list(draft.stress_commands or [None] * len(draft.stress)))
    mutation, added = _kill_mutants(draft, outputs, pool, [r.cpu_ms for r in ref_tests], oracle)
    if added:
        on_stage(f"mutation check: {len(added)} test(s) added to kill surviving mutants")
        extra = [TestInput(pool.inputs[i], "small", small=True) for i in added]
        # A hidden test's answer comes from a fresh process, like every other test's (stress ran shared). With a
        # checker, another valid answer is fine; without one, the answer must be the one the mutants were judged by.
        fresh = _reference_ok(run_many(draft.reference, [t.input for t in extra], oracle), extra)
        if draft.checker_program is None and any(f.stdout != pool.outputs[i] for f, i in zip(fresh, added)):
            raise GateError("reference_not_deterministic", "the reference printed different answers for the same "
                                                           "input in two runs")
        last_small = max((n for n, t in enumerate(draft.tests) if t.category in ("sample", "small")), default=-1) + 1
        draft.tests[last_small:last_small] = extra
        outputs[last_small:last_small] = [f.stdout for f in fresh]
        if draft.test_commands is not None:
            commands = [pool.commands[i] for i in added]
            _commands_print_their_inputs(draft, commands, [t.input for t in extra])
            draft.test_commands[last_small:last_small] = commands

    # 5. Every known-wrong or too-slow solution fails at least one test.
    observed = dict(_reject_wrong(draft, wrong, outputs, time_limit_ms) for wrong in draft.wrong_solutions)
    rejected_wrong = list(observed)

    signature = problem_signature(draft)
    commands = draft.test_commands or [None] * len(draft.tests)
    tests = [TestCase(input=t.input, output=o, category=t.category, generator=c)
             for t, o, c in zip(draft.tests, outputs, commands)]
    samples = [
        Sample(input=t.input, output=t.output, explanation=draft.explain(t.input, t.output) if draft.explain else "")
        for t in tests
        if t.category == "sample"
    ]
    return Problem(
        id=ctx.problem_id,
        title=draft.title,
        difficulty=ctx.difficulty,
        language=ctx.language,
        tags=list(draft.tags),
        statement=Statement(
            legend=draft.legend,
            input_format=draft.input_format,
            output_format=draft.output_format,
            constraints_text=render_constraints(draft.constraints, ctx.language),
            notes=draft.notes,
        ),
        constraints=draft.constraints,
        limits=Limits(time_ms=time_limit_ms, memory_mb=memory),
        samples=samples,
        tests=tests,
        checker=draft.checker,
        reference_solution=Solution(source=draft.reference),
        provenance=Provenance(
            generator=ctx.generator,
            family=draft.family,
            variant=draft.variant,
            theme=draft.theme,
            seed=ctx.seed,
            model_id=ctx.model_id,
            input_tokens=ctx.input_tokens,
            output_tokens=ctx.output_tokens,
            task_id=draft.task_id,
            package_hash=draft.package_hash,
        ),
        verification=Verification(
            passed=True,
            validator_checked_tests=checked,
            validator_rejected_near_invalid=rejected,
            reference_runs=len(inputs) + len(draft.stress),
            brute_agreements_small=brute_small,
            brute_agreements_stress=brute_stress,
            wrong_solutions_rejected=rejected_wrong,
            time_limit_ms=time_limit_ms,
            signature=signature,
            categories=dict(Counter(t.category for t in draft.tests)),
            mutation=mutation,
        ),
        programs=Programs(
            validator=draft.validator,
            brute=draft.brute,
            known_solutions=[KnownSolution(name=w.name, source=w.source, kind=w.kind, verdict=observed[w.name])
                             for w in draft.wrong_solutions],
            generators=draft.generators,
            checker=draft.checker_program,
        ),
        invalid_inputs=[InvalidInput(input=text, generator=command) for text, command in
                        zip(draft.near_invalid, draft.invalid_commands or [None] * len(draft.near_invalid))],
    )


def problem_signature(draft: Draft) -> str:
    """Identifies a problem for repeat detection: same family, variant, parameters and sample data."""
    h = hashlib.sha256()
    for part in (draft.family, draft.variant, draft.signature_key):
        h.update(part.encode())
        h.update(b"\0")
    for t in draft.tests:
        if t.category == "sample":
            h.update(t.input.encode())
            h.update(b"\0")
    return h.hexdigest()[:32]


def _check_structure(draft: Draft) -> None:
    categories = {t.category for t in draft.tests}
    unknown = categories - set(CATEGORIES)
    problems = []
    if unknown:
        problems.append(f"unknown test categories {sorted(unknown)}")
    for needed in ("sample", "max"):
        if needed not in categories:
            problems.append(f"no {needed} test")
    if not any(t.small for t in draft.tests):
        problems.append("no small test for the brute force")
    if len(draft.stress) < MIN_STRESS:
        problems.append(f"{len(draft.stress)} stress cases, need >= {MIN_STRESS}")
    if not draft.near_invalid:
        problems.append("no near-invalid inputs for the validator self-test")
    if not draft.wrong_solutions:
        problems.append("no known-wrong solution")
    if problems:
        raise GateError("incomplete_draft", "; ".join(problems))
    if same_program(draft.reference, draft.brute):
        # Every cross-check would agree by construction: the brute force must be a second, independent solution.
        raise GateError("brute_is_reference", "the brute force is the reference again (the same program up to names "
                                              "and docstrings); write an independent exhaustive solution")


def _run_validator(source: str, inputs: list[str], memory_mb: int, *, expect_valid: bool,
                   shared: bool = False) -> int:
    limits = SandboxLimits(cpu_seconds=ORACLE_CPU_SECONDS, wall_seconds=600, memory_mb=memory_mb)
    for index, result in enumerate((run_shared if shared else run_many)(source, inputs, limits)):
        valid = result.verdict is Verdict.ok
        if expect_valid and not valid:
            raise GateError(
                "validator_rejected_test",
                f"{'stress ' if shared else ''}input #{index} rejected by the validator ({result.verdict.value}): "
                f"{_tail(result.stderr)}",
            )
        if not expect_valid and result.verdict is not Verdict.runtime_error:
            raise GateError(
                "validator_accepted_invalid",
                f"near-invalid input #{index} was not rejected ({result.verdict.value}): {inputs[index][:80]!r}",
            )
    return len(inputs)


def reach_floor(low: int | float, high: int | float) -> int | float:
    """The value a max or anti test must exceed for a bound low..high: BOUND_REACH of the range above `low`."""
    if isinstance(low, int) and isinstance(high, int):
        return low + (high - low) * BOUND_REACH.numerator // BOUND_REACH.denominator
    return low + (high - low) * float(BOUND_REACH)


def _restated(draft: Draft, index: int, high: int | float) -> str | None:
    """The validator with constraint `index`'s bound written as `high` (Draft.tightened_validator); where the draft
    cannot restate it (a catalog package's bound written as a number in task.toml, which no param carries to the
    validator), the number is replaced where the validator writes it, as in an LLM draft's (bounds.lowered_bound). None
    where neither can: a validator that writes it otherwise (`k < 60` for k <= 59)."""
    source = draft.tightened_validator(index, high) if draft.tightened_validator is not None else None
    if source is None:
        source = lowered_bound(draft.validator, draft.constraints[index].high, high)
    return source


def bound_gaps(draft: Draft) -> list[str]:
    """Where the max and anti tests do not reach a stated bound or the validator does not enforce it, one sentence
    each: for each constraint, the validator with the bound lowered to `reach_floor` (Draft.tightened_validator) must
    reject one of them. It accepted them all under the stated bounds (step 1), so some test lies between the two, and
    the validator's verdict turns on that very bound. Constraints sharing a lowered program (one param, one literal)
    run once; every lowered program runs on the largest test first, the ones it did not reject on the others (a
    validator checking N on the first line rejects in microseconds). A bound the draft cannot restate raises
    `validator_bound_unstated` when the draft must (Draft.bounds_required) and is skipped otherwise. Where a lowered
    program rejected a test, values of that test raised past the bound must be rejected too (_values_past_bounds)."""
    if draft.tightened_validator is None:
        return []
    programs: dict[str, list[tuple[str, int | float, int | float]]] = {}
    owners: dict[int, str] = {}  # a constraint -> its lowered program
    for index, c in enumerate(draft.constraints):
        if c.high - c.low < BOUND_MIN_SPAN:
            continue
        floor = reach_floor(c.low, c.high)
        source = _restated(draft, index, floor)
        if source is None:
            if draft.bounds_required:
                raise GateError("validator_bound_unstated",
                                f"the validator never writes the stated bound {c.symbol} <= {c.high} as that number, "
                                f"so it cannot be shown to enforce it")
            continue
        programs.setdefault(source, []).append((c.symbol, c.high, floor))
        owners[index] = source
    if not programs:
        return []
    if len(programs) > MAX_BOUND_PROGRAMS:
        raise GateError("max_tests_below_bounds", f"{len(programs)} distinct stated bounds; at most "
                                                  f"{MAX_BOUND_PROGRAMS} are checked: state fewer constraints")
    heavy = sorted((t.input for t in draft.tests if t.category in ("max", "anti")), key=len,
                   reverse=True)[:MAX_BOUND_TESTS]
    limits = SandboxLimits(cpu_seconds=ORACLE_CPU_SECONDS, wall_seconds=600, memory_mb=draft.memory_mb)
    # One sandbox call per round through the mutants' dispatcher (a process per case, the program picked by the
    # input's first line): every lowered program on the largest test, then those it did not reject on the others.
    sources = list(programs)
    try:
        dispatcher = mutant_dispatcher(sources)
    except (SyntaxError, ValueError, RecursionError, MemoryError) as exc:  # compiled here, in the worker
        raise GateError("validator_bound_unstated", f"the validator with a stated bound lowered does not compile "
                                                    f"({type(exc).__name__}): write it plainly") from None
    waiting = list(range(len(sources)))
    reached: dict[int, str] = {}  # a lowered program -> the first test it rejected
    for part in (heavy[:1], heavy[1:]):
        if not waiting or not part:
            break
        runs = [(k, text) for k in waiting for text in part]
        results = run_many(dispatcher, [f"{k}\n{text}" for k, text in runs], limits)
        for (k, text), r in zip(runs, results):
            if r.verdict is Verdict.runtime_error:
                reached.setdefault(k, text)
        waiting = [k for k in waiting if k not in reached]
    first = {source: reached[k] for k, source in enumerate(sources) if k in reached}
    gaps = _values_past_bounds(draft, {index: first[source] for index, source in owners.items() if source in first},
                               limits)
    for k in waiting:
        bounds = programs[sources[k]]
        stated = ", ".join(f"{symbol} <= {high}" for symbol, high, _ in bounds)
        lowered = ", ".join(f"{symbol} <= {floor}" for symbol, _, floor in bounds)
        gaps.append(f"the validator held to {lowered} still accepts the {len(heavy)} largest max and anti tests: "
                    f"no test reaches near the stated {stated} (the time limit would be calibrated on smaller inputs "
                    f"than the statement allows), or the validator does not check that bound")
    return gaps


_INTEGER_TOKEN = re.compile(r"-?[0-9]+")


def _values_past_bounds(draft: Draft, reached: dict[int, str], limits: SandboxLimits) -> list[str]:
    """What a lowered validator rejecting a max test shows: the test reaches near the bound and the validator's
    verdict turns on it, not that the validator holds the bound on every value (one checking |A_i| <= 10^9 on the
    first card alone passed). So, on the test that showed each constraint (`reached`: its index -> the test), its
    first and its last integer token within (floor, high], each raised alone to high + 1: a gap where the validator as
    stated rejects one of them while the validator with this bound raised to high + 1 accepts it (so the bound does
    hold values like these) and accepts another (so somewhere it does not). Only for integer bounds whose high + 1 no
    other constraint's range holds (no reading of the input makes it valid: for N <= 10^5 beside A_i <= 10^9 the token
    might be an A_i, and N is not probed so). A value no constraint names (a catalog package's cells in [1, maxv]
    beside N <= 100) is never shown to be held, so it makes no gap."""
    ranges = [(c.low, c.high) for c in draft.constraints]
    probes: dict[int, list[str]] = {}  # a constraint -> its test with one value raised
    raised: dict[int, str] = {}  # a constraint -> the validator with its bound raised to high + 1
    for index, text in reached.items():
        c = draft.constraints[index]
        if not isinstance(c.low, int) or not isinstance(c.high, int) or draft.tightened_validator is None:
            continue
        floor, over = reach_floor(c.low, c.high), c.high + 1
        if any(low <= over <= top for low, top in ranges):
            continue
        shortest, longest = (len(str(floor + 1)), len(str(c.high))) if floor >= 0 else (1, len(str(over)) + 1)
        near = [m for m in re.finditer(r"\S+", text)
                if shortest <= len(m.group().lstrip("-")) <= longest and _INTEGER_TOKEN.fullmatch(m.group())
                and floor < int(m.group()) <= c.high]
        source = _restated(draft, index, over) if len(near) > 1 else None
        if source is None:
            continue
        raised[index] = source
        probes[index] = [text[:m.start()] + str(over) + text[m.end():] for m in (near[0], near[-1])]
    if not probes:
        return []
    order = list(probes)
    stated = run_many(draft.validator, [text for index in order for text in probes[index]], limits)
    gaps = []
    for at, index in enumerate(order):
        held = [r.verdict is Verdict.runtime_error for r in stated[2 * at:2 * at + 2]]
        if all(held) or not any(held):
            continue  # (held on both, or on neither: nothing shows the bound holds these values)
        loose = run_many(raised[index], [probes[index][held.index(True)]], limits)[0]
        if loose.verdict is Verdict.ok:
            c = draft.constraints[index]
            gaps.append(f"the validator does not hold {c.symbol} <= {c.high} on every value: it rejects {c.high + 1} "
                        f"in one place of a max test and accepts it in another")
    return gaps


# What a published answer may not contain: the sandbox decodes a program's bytes as UTF-8 with invalid bytes replaced
# by U+FFFD (a reference printing b"\xff" had "\ufffd" published, which its own bytes do not match, and any other
# invalid bytes "matched" it in the gate); the token comparison splits on every Unicode whitespace (str.split: no-break
# space, U+001C-U+001F, ...), a judge's default validator on ASCII whitespace only (two tokens in the gate, one in the
# judge); other control characters (NUL, ESC, ...) are no answer either. Tab, CR, VT and FF are ASCII whitespace.
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
                       "\ufffd]")


def _reference_ok(results: list[RunResult], tests: list[TestInput]) -> list[RunResult]:
    for test, result in zip(tests, results):
        bad = _NOT_TEXT.search(result.stdout) if result.verdict is Verdict.ok else None
        if bad is not None:
            raise GateError("reference_output_not_text",
                            f"reference printed {bad.group()!r} (or bytes that are not UTF-8) at offset {bad.start()} "
                            f"on a {test.category} test: a judge would read that answer differently than the gate")
        if result.verdict is Verdict.time_limit:
            # Running out of the oracle's CPU is the same failure as finishing above the highest limit step:
            # which of the two a slow reference hits depends only on the machine's speed.
            raise GateError("reference_too_slow", f"reference ran out of {ORACLE_CPU_SECONDS:.0f} s of CPU on a "
                                                  f"{test.category} test")
        if result.verdict is not Verdict.ok:
            raise GateError("reference_failed",
                            f"reference {result.verdict.value} on a {test.category} test: {_tail(result.stderr)}")
    return results


def _same_again(draft: Draft, inputs: list[str], outputs: list[str], oracle: SandboxLimits) -> list[RunResult]:
    # Under another hash seed: a judge's interpreter randomises str hashing, so a reference printing a set of words
    # in iteration order gives another answer there (every run of ours uses PYTHONHASHSEED=0 and would agree).
    again = _reference_ok(run_many(draft.reference, inputs, dataclasses.replace(oracle, hash_seed=SECOND_HASH_SEED)),
                          draft.tests)
    if draft.checker_program is None:
        differs = [n for n, r in enumerate(again) if not outputs_match(draft.checker, outputs[n], r.stdout)]
    else:
        pairs = [(n, i, o, r.stdout) for n, (i, o, r) in enumerate(zip(inputs, outputs, again)) if r.stdout != o]
        judged = _checker(draft.checker_program, [(i, o, second) for _, i, o, second in pairs], draft.memory_mb)
        differs = [n for (n, *_), judgement in zip(pairs, judged) if not judgement.accepted]
    if differs:
        n = differs[0]
        raise GateError("reference_not_deterministic",
                        f"the reference printed different answers for the same input in two runs ({len(differs)} "
                        f"of {len(inputs)} tests; a {draft.tests[n].category} test: {outputs[n][:60]!r}, then "
                        f"{again[n].stdout[:60]!r})")
    return again


def _agree(draft: Draft, inputs: list[str], expected: list[str], what: str, *,
           shared: bool = False) -> tuple[int, list[RunResult]]:
    """How many inputs the brute force agrees on (all, or GateError), and its runs (every one `ok`)."""
    limits = SandboxLimits(cpu_seconds=ORACLE_CPU_SECONDS, wall_seconds=600, memory_mb=draft.memory_mb)
    results = (run_shared if shared else run_many)(draft.brute, inputs, limits)
    for index, got in enumerate(results):
        if got.verdict is not Verdict.ok:
            raise GateError("brute_failed", f"brute force {got.verdict.value} on {what} #{index}: {_tail(got.stderr)}")
    verdicts = _judge_all(draft, list(zip(inputs, expected, results)), shared=shared)
    for index, (given, want, got, verdict) in enumerate(zip(inputs, expected, results, verdicts)):
        if verdict != "accepted":
            raise GateError(
                "brute_disagrees",
                f"reference and brute force disagree on {what} #{index}: input {given[:120]!r}, "
                f"reference {want[:60]!r}, brute {got.stdout[:60]!r}",
            )
    return len(inputs), results


@dataclass
class _StressPool:
    """The cross-check inputs the mutants are judged on, the reference's answers and each one's command; the
    mutation check may add a second batch (Draft.more_stress) and make any of them a test."""

    inputs: list[str]
    outputs: list[str]
    commands: list[str | None]


def _kill_mutants(draft: Draft, outputs: list[str], pool: _StressPool, reference_cpu_ms: list[float],
                  oracle: SandboxLimits) -> tuple[MutationReport, list[int]]:
    """Bounded: at most MAX_MUTANTS mutants (every mutant of a catalog reference), all run by one dispatcher
    program in one shared process per round. First the smaller tests, round by round (smallest first), so most
    mutants die on the first few cases; the survivors then run on the stress cases, where the brute force's
    answers tell the equivalent ones apart; those that no stress case tells apart run once more on a second batch
    of cross-check inputs from other seeds (when the draft can make them), since an input class the draft's own
    stress seldom prints is where the sweeps found every survivor; only the distinguishable ones go on to the
    larger tests (an equivalent mutant never pays for them). Returns the report and the pool indices to add as
    tests (first-found order, the smallest distinguishing case per surviving mutant)."""
    made = mutants(draft.reference, MAX_MUTANTS)
    if not made:
        return MutationReport(made=0, killed=0, equivalent_on_stress=0, tests_added=0), []
    program = mutant_dispatcher([m.source for m in made])
    preload = imported_modules(draft.reference)
    mutable = [n for n, t in enumerate(draft.tests) if t.category != "max" and (t.category != "anti" or t.small)]
    reference_cpu = max((reference_cpu_ms[n] for n in mutable), default=0.0) / 1000
    cpu = min(MUTANT_CPU_SECONDS, max(MUTANT_CPU_FLOOR_SECONDS, MUTANT_SLOWDOWN * reference_cpu))
    limits = SandboxLimits(cpu_seconds=cpu, wall_seconds=300, memory_mb=draft.memory_mb)
    checked = sorted(((draft.tests[n].input, outputs[n]) for n in mutable), key=lambda pair: len(pair[0]))
    alive = list(range(len(made)))
    for low, high in MUTANT_ROUNDS[:MUTANT_ROUNDS_BEFORE_STRESS]:
        alive = _survivors(draft, program, alive, checked[low:high], limits, preload)
    differs = _differing(draft, program, alive, pool, range(len(pool.inputs)), limits, preload)
    same = [k for k in alive if not differs[k]]
    extra_cases = 0
    if same and draft.more_stress is not None:
        start = len(pool.inputs)
        extra_cases = _grow_pool(draft, pool, oracle)
        for k, found in _differing(draft, program, same, pool, range(start, len(pool.inputs)), limits,
                                   preload).items():
            differs[k] += found
    equivalent = sum(1 for k in alive if not differs[k])
    alive = [k for k in alive if differs[k]]
    for low, high in MUTANT_ROUNDS[MUTANT_ROUNDS_BEFORE_STRESS:]:
        alive = _survivors(draft, program, alive, checked[low:high], limits, preload)
    added: list[int] = []
    for k in alive:
        if not set(differs[k]) & set(added):  # a case added for an earlier mutant kills this one too
            added.append(min(differs[k], key=lambda i: (len(pool.inputs[i]), i)))
    more = [i for i in added if i >= len(draft.stress)]
    if more:
        # The draft's own stress cases all agreed with the brute force; these did not have to.
        _agree(draft, [pool.inputs[i] for i in more], [pool.outputs[i] for i in more], "added cross-check case",
               shared=True)
    return MutationReport(made=len(made), killed=len(made) - equivalent, equivalent_on_stress=equivalent,
                          tests_added=len(added), more_stress_cases=extra_cases), added


def _differing(draft: Draft, program: str, alive: list[int], pool: _StressPool, indices: range,
               limits: SandboxLimits, preload: tuple[str, ...] = ()) -> dict[int, list[int]]:
    """For each mutant of `alive`, the pool cases among `indices` where it is not accepted. Every mutant runs on
    every case (an equivalent mutant cannot stop early), through the dispatcher, each mutant's cases in a process
    of its own (as in the rounds: in one process for all, a mutant reached the harness through its frames and
    decided the later mutants' results, e.g. made them look equivalent, so no test was added for them), smallest
    case first, several mutants per call; about as many runs per call as a round's, so a call stays well inside its
    wall clock. A case over the CPU limit is taken from the shared process (it tells the mutant apart either way,
    as in the rounds), not run again fresh to burn the limit twice; the mutant's larger cases after a failed run are
    not run (`not_run`): the smallest case that tells it apart is already found."""
    differs: dict[int, list[int]] = {k: [] for k in alive}
    if not alive or not indices:
        return differs
    order = sorted(indices, key=lambda i: (len(pool.inputs[i]), i))
    per_call = max(1, MUTANT_STRESS_RUNS_PER_CALL // len(order))
    runs = [(k, i) for k in alive for i in order]
    results = [r for start in range(0, len(alive), per_call)
               for r in run_shared(program, [f"{k}\n{pool.inputs[i]}" for k in alive[start:start + per_call]
                                             for i in order], limits, trust_cpu_limit=True, trust_raised=True,
                                   group=len(order), preload=preload)]
    ran = [(run, got) for run, got in zip(runs, results) if not not_run(got)]
    verdicts = _judge_all(draft, [(pool.inputs[i], pool.outputs[i], got) for (k, i), got in ran], shared=True)
    for ((k, i), _), verdict in zip(ran, verdicts):
        if verdict != "accepted":
            differs[k].append(i)
    return differs


def _commands_print_their_inputs(draft: Draft, commands: list[str | None], inputs: list[str]) -> None:
    """A stress case the mutation check makes a test is published with its generator command (the judge export's
    generator lines: anyone can rebuild the test). It was printed in a shared process among its batch's other cases,
    and build_draft compared that with a run alone on the batch's last case only: run alone, each such command must
    print its input again. Commands that name no generator of the draft (a planted draft's labels) are not run."""
    from generator.problems.packages import Run, generator_harness, generator_limits, with_final_newline  # no cycle

    runs: dict[str, list[tuple[Run, str]]] = {}
    for command, text in zip(commands, inputs):
        run = Run.parse(command or "")
        if run is not None and run.gen in draft.generators:
            runs.setdefault(run.gen, []).append((run, text))
    for name, wanted in runs.items():
        alone = run_many(generator_harness(draft.generators[name], name), [run.stdin for run, _ in wanted],
                         generator_limits())
        for (run, text), result in zip(wanted, alone):
            printed = with_final_newline(result.stdout)
            if result.verdict is not Verdict.ok or printed != text:
                raise GateError("generator_not_reproducible",
                                f"`{run.command}` run alone prints {_tail(printed, 80)!r}, not the test it printed "
                                f"among its batch's other cases ({_tail(text, 80)!r}): the published command would "
                                f"not rebuild the test")


def _grow_pool(draft: Draft, pool: _StressPool, oracle: SandboxLimits) -> int:
    """Adds the draft's second batch of cross-check inputs (new ones only) with the reference's answers; returns
    how many. Nothing about them is believed: the validator must accept each and the reference must answer it."""
    assert draft.more_stress is not None
    texts, commands = draft.more_stress(1)
    known = set(pool.inputs)
    new = [(t, c) for t, c in zip(texts, commands) if not (t in known or known.add(t))]
    if not new:
        return 0
    inputs = [t for t, _ in new]
    _run_validator(draft.validator, inputs, draft.memory_mb, expect_valid=True, shared=True)
    answers = _reference_ok(run_shared(draft.reference, inputs, oracle), [TestInput(t, "random") for t in inputs])
    pool.inputs += inputs
    pool.outputs += [r.stdout for r in answers]
    pool.commands += [c for _, c in new]
    return len(new)


def _survivors(draft: Draft, program: str, alive: list[int], cases: list[tuple[str, str]],
               limits: SandboxLimits, preload: tuple[str, ...] = ()) -> list[int]:
    """The mutants (dispatcher indices) among `alive` that pass every one of `cases`."""
    if not cases or not alive:
        return alive
    runs = [(k, want, f"{k}\n{given}") for k in alive for given, want in cases]
    results = _mutant_round(program, [text for _, _, text in runs], limits, len(cases), preload)
    verdicts = _judge_all(draft, [(text.split("\n", 1)[1], want, got) for (_, want, text), got in zip(runs, results)],
                          shared=True)
    dead = {k for (k, _, _), verdict in zip(runs, verdicts) if verdict != "accepted"}
    return [k for k in alive if k not in dead]


def _mutant_round(program: str, texts: list[str], limits: SandboxLimits, group: int = 0,
                  preload: tuple[str, ...] = ()) -> list[RunResult]:
    """One round of the dispatcher on (mutant, case) inputs, each mutant's cases in a process of its own, forked
    from the shared harness: a mutant's run costs a fork and an exec, not a fresh process, so every mutant of the
    reference can be checked. Taken from the shared process: clean runs; a run over its CPU limit (10x the
    reference's CPU, at least MUTANT_CPU_FLOOR_SECONDS: a slow mutant is a killed one either way); an exception that
    depends only on the mutant's code and input (IndexError, ValueError, ...: jail/shared_harness.py's list; a crash
    of those was run again fresh and crashed there too, 57 of 125 dijkstra mutants' first-round runs, at ~8 ms each).
    Anything else (MemoryError, RecursionError, a thread, a dead process) is run again in a fresh process
    (shared_run), so a mutant is never counted as killed by something only the sharing caused. `group`: each
    mutant's cases come together, and once a mutant failed one of them, the rest of its cases in this round are not
    run: it is killed either way."""
    return run_shared(program, texts, limits, trust_cpu_limit=True, trust_raised=True, group=group, preload=preload)


def _reject_wrong(draft: Draft, wrong: WrongSolution, outputs: list[str], time_limit_ms: int) -> tuple[str, str]:
    """Runs the wrong solution until it fails a test (one fresh process per max test). Returns its name and the
    verdict it got (wrong_answer / run_time_error / time_limit_exceeded): the judge export files it under that
    verdict, so a judge sees exactly what the gate saw.

    A known-wrong solution runs the cheap tests first, in small batches, max tests last. A known-too-slow one is
    there to exceed the limit on a max test: it runs the max tests first (in order, stopping at the first it
    fails), and the cheap tests only if it passed every max test. Its cheap tests used to come first, one call
    each, and the larger of them cost real CPU, before the max test that it fails anyway."""
    limits = SandboxLimits(cpu_seconds=time_limit_ms / 1000, wall_seconds=120, memory_mb=draft.memory_mb)
    cheap = [(t, o) for t, o in zip(draft.tests, outputs) if t.category != "max"]
    heavy = [(t, o) for t, o in zip(draft.tests, outputs) if t.category == "max"]
    wall = SandboxLimits(cpu_seconds=time_limit_ms / 1000, wall_seconds=4 * time_limit_ms / 1000 + 5,
                         memory_mb=draft.memory_mb)
    forgiven: list[str] = []  # tests it failed in the gate's comparison only, not on the judge

    def on_max() -> str | None:
        for test, want in heavy:
            verdict = _judge_published(draft, [(test.input, want, run_program(wrong.source, test.input, wall))],
                                       forgiven)[0]
            if verdict != "accepted":
                return verdict
        return None

    def on_cheap() -> str | None:
        # Small batches, stopping at the first failing one: a too-slow solution should not burn a full time
        # limit on every test once it has already failed, so it gets one test per call (a call costs
        # milliseconds, a time limit a second or more).
        batch = 1 if wrong.kind == "slow" else WRONG_BATCH
        for start in range(0, len(cheap), batch):
            chunk = cheap[start:start + batch]
            results = run_many(wrong.source, [t.input for t, _ in chunk], limits)
            for verdict in _judge_published(draft, [(t.input, want, got) for (t, want), got in zip(chunk, results)],
                                            forgiven):
                if verdict != "accepted":
                    return verdict
        return None

    for phase in ((on_max, on_cheap) if wrong.kind == "slow" else (on_cheap, on_max)):
        verdict = phase()
        if verdict is not None:
            return wrong.name, verdict
    note = (f" (on {len(forgiven)} test(s) its output differs from the answer only in letter case, after a NUL or in "
            f"line breaks, which the judge's default output validator ignores)" if forgiven else "")
    raise GateError("wrong_solution_passed", f"known-{wrong.kind} solution {wrong.name!r} passed every test{note}")


def _self_test_checker(draft: Draft, outputs: list[str], stress_outputs: list[str],
                       brute: list[RunResult]) -> None:
    """`brute`: the brute force's runs on the small tests, then the stress cases (from `_agree`, not run again)."""
    inputs = [t.input for t in draft.tests] + draft.stress
    answers = outputs + stress_outputs
    checker, tests = draft.checker_program or "", len(draft.tests)
    own = _checker(checker, [(i, a, a) for i, a in zip(inputs[:tests], answers[:tests])], draft.memory_mb)
    own += _checker(checker, [(i, a, a) for i, a in zip(inputs[tests:], answers[tests:])], draft.memory_mb,
                    shared=True)
    for n, judgement in enumerate(own):
        if not judgement.accepted:
            raise GateError("checker_rejects_reference", f"the checker rejects the reference's own answer on "
                                                         f"input #{n}: {judgement.reason}")
    small = [(t.input, o) for t, o in zip(draft.tests, outputs) if t.small] + list(zip(draft.stress, stress_outputs))
    if not any(b.verdict is Verdict.ok and b.stdout.split() != a.split() for (_, a), b in zip(small, brute)):
        raise GateError("checker_untested", "no input where the brute force prints a different valid answer than "
                                            "the reference: the checker's acceptance of other answers is untested")
    # On the first and the largest test of every category (at most 12 tests, 4 probes each): the first 8 tests were
    # samples and small ones, and a checker that accepted anything on a large input passed.
    probed = _probe_tests(draft.tests)
    probes = [(inputs[n], answers[n], text, what) for n in probed for what, text in near_wrong_outputs(answers[n])
              if text.split() != answers[n].split()]
    for (i, a, text, what), judgement in zip(probes, _checker(draft.checker_program or "",
                                                              [(i, a, t) for i, a, t, _ in probes],
                                                              draft.memory_mb)):
        if judgement.accepted:
            raise GateError("checker_accepts_wrong", f"the checker accepts a near-wrong output ({what}) on "
                                                     f"input {i[:80]!r}: {text[:80]!r}")
    # A checker that looks only at an answer's shape (one number in range, a list of N distinct names) refuses every
    # near-wrong output above and accepts any well-formed one. Another test's answer is well formed and meant for
    # other input: the checker must refuse at least one of them (on the same tests as the probes).
    swaps = _other_tests_answers(inputs[:tests], answers[:tests], probed)
    if swaps and all(j.accepted for j in _checker(checker, swaps, draft.memory_mb)):
        i, a, other = swaps[0]
        raise GateError("checker_accepts_other_answers",
                        f"the checker accepts other tests' answers ({len(swaps)} tried), e.g. {other[:80]!r} on input "
                        f"{i[:80]!r}, whose answer is {a[:80]!r}: it checks the answer's form, not that it is right")


def _probe_tests(tests: list[TestInput]) -> list[int]:
    """The tests the checker's self-test probes: the first and the largest (by input) of every category."""
    chosen: set[int] = set()
    for category in CATEGORIES:
        mine = [n for n, t in enumerate(tests) if t.category == category]
        if mine:
            chosen.update((mine[0], max(mine, key=lambda n: (len(tests[n].input), -n))))
    return sorted(chosen)


def _other_tests_answers(inputs: list[str], answers: list[str], indices: list[int]) -> list[tuple[str, str, str]]:
    """(input, its answer, the answer of the next test, in turn, whose tokens differ) for the tests of `indices`."""
    found = []
    for n in indices:
        given, answer = inputs[n], answers[n]
        others = (answers[(n + k) % len(answers)] for k in range(1, len(answers)))
        other = next((o for o in others if o.split() != answer.split()), None)
        if other is not None:
            found.append((given, answer, other))
    return found


def _judge_all(draft: Draft, cases: list[tuple[str, str, RunResult]], *, shared: bool = False) -> list[str]:
    """Verdicts of (input, jury answer, run) triples: by the package's checker program in one sandbox call when
    the problem has one, else by comparing tokens/lines/numbers. `shared`: cross-checks (the brute force and
    the mutants on stress cases, the mutants on the tests: no verdict of theirs is published), where the checker
    may judge them all in one process (shared_run)."""
    if draft.checker_program is None:
        return [_judged(draft, want, got) for _, want, got in cases]
    verdicts = [_judged_run(got) for _, _, got in cases]
    if shared:
        # A cross-check's output that is the jury answer byte for byte is judged as the jury answer is: accepted (the
        # checker's self-test made it accept the reference's own answer on every test and stress case). Most of the
        # mutants' outputs are the reference's; the checker ran on all of them (dijkstra.print_path: 4,400 per
        # problem, 0.8 s of CPU).
        verdicts = ["accepted" if v is None and got.stdout == want else v for v, (_, want, got) in zip(verdicts, cases)]
    pending = [n for n, v in enumerate(verdicts) if v is None]
    judged = _checker(draft.checker_program, [(cases[n][0], cases[n][1], cases[n][2].stdout) for n in pending],
                         draft.memory_mb, shared=shared)
    for n, judgement in zip(pending, judged):
        if judgement.crashed:
            raise GateError("checker_failed", f"the checker failed: {judgement.reason}")
        verdicts[n] = "accepted" if judgement.accepted else "wrong_answer"
    return verdicts  # type: ignore[return-value]


def _judge_published(draft: Draft, cases: list[tuple[str, str, RunResult]], forgiven: list[str]) -> list[str]:
    """Verdicts the gate publishes (a known solution's, filed under that verdict in the Kattis export): as
    `_judge_all`, but without a checker program a wrong answer must be one the export's judge rejects too
    (`judge_accepts`: its default validator reads "pass" as "PASS", "2\\0junk" as "2" and ignores line breaks), or a
    "wrong" solution that is right on that judge would show the tests catch a mistake they do not."""
    verdicts = _judge_all(draft, cases)
    if draft.checker_program is None:
        for n, (verdict, (given, want, got)) in enumerate(zip(verdicts, cases)):
            if verdict == "wrong_answer" and judge_accepts(draft.checker, want, got.stdout):
                verdicts[n] = "accepted"
                forgiven.append(given)
    return verdicts


def _judged_run(got: RunResult) -> str | None:
    if got.verdict is Verdict.ok:
        return None
    return "time_limit_exceeded" if got.verdict is Verdict.time_limit else "run_time_error"


def _judged(draft: Draft, want: str, got: RunResult) -> str:
    if got.verdict is Verdict.ok:
        return "accepted" if outputs_match(draft.checker, want, got.stdout) else "wrong_answer"
    if got.verdict is Verdict.time_limit:
        return "time_limit_exceeded"
    return "run_time_error"


def published_time_limit(max_ms: float, floor_ms: int | None) -> int:
    """The time limit a problem publishes from its reference's CPU on the max tests (`max_ms`, ms) and the task's
    floor, if it has one (its textbook approach in plain Python is slower than its reference): the floor only ever
    raises the limit, and the known-too-slow solutions must still exceed the raised one."""
    limit = _calibrate(max_ms)
    if floor_ms is not None:
        if floor_ms not in TIME_LIMIT_STEPS_MS:
            raise GateError("bad_time_limit_floor", f"min_time_limit_ms {floor_ms} is not one of "
                                                    f"{', '.join(map(str, TIME_LIMIT_STEPS_MS))}")
        limit = max(limit, floor_ms)
    return limit


def _calibrate(max_ms: float) -> int:
    needed = TIME_LIMIT_FACTOR * max_ms
    for step in TIME_LIMIT_STEPS_MS:
        if needed <= step:
            return step
    raise GateError("reference_too_slow", f"reference needs {max_ms:.0f} ms on a max test; limits stop at "
                                          f"{TIME_LIMIT_STEPS_MS[-1]} ms")


def _tail(text: str, size: int = 200) -> str:
    text = text.strip()
    return text[-size:] if text else "(no output)"
