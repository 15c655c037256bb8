"""The gate's mutation check: single-point mutants of the reference that a brute force tells apart must fail the
emitted tests; a planted weak test suite gets the missing test added (and only then does the problem verify)."""
from __future__ import annotations

import ast
import random

import pytest

from generator.problems.family import Draft, WrongSolution
from generator.problems.family import TestInput as Case
from generator.problems.gate import GateContext, GateError, verify
from generator.problems import mutation
from generator.problems.mutation import mutant_dispatcher, mutants
from generator.problems.sandbox import SandboxLimits, run_many
from generator.problems.schema import Constraint, Difficulty

# "Is the score a pass (score >= 50)?" The planted tests never probe the boundary 50 itself.
REFERENCE = "s = int(input())\nprint('PASS' if s >= 50 else 'FAIL')\n"
BRUTE = "s = int(input())\nprint(['FAIL', 'PASS'][s in range(50, 101)])\n"
VALIDATOR = ("import sys\ndata = sys.stdin.read()\nassert data.endswith('\\n')\ns = int(data)\n"
             "assert str(s) + '\\n' == data and 0 <= s <= 100\n")


def weak_draft() -> Draft:
    return Draft(
        family="planted", variant="pass_mark", theme="plain", title="Pass Mark", tags=["implementation"],
        legend="Print PASS when the score is at least 50, else FAIL.", input_format="One integer S.",
        output_format="PASS or FAIL.", constraints=[Constraint(symbol="S", low=0, high=100)],
        reference=REFERENCE, brute=BRUTE, validator=VALIDATOR,
        tests=[Case("10\n", "sample", small=True), Case("90\n", "sample", small=True),
               Case("0\n", "small", small=True), Case("100\n", "max")],
        stress=[f"{s % 101}\n" for s in range(101)],
        near_invalid=["101\n", "-1\n", "050\n"],
        wrong_solutions=[WrongSolution("wa_always_pass", "input()\nprint('PASS')\n")],
    )


def test_the_operators_an_outside_tool_also_uses_are_made() -> None:
    source = "parent = -1\nif not seen and x in found and y is None and a < b:\n    done = True\n"
    described = {m.description.split(": ", 1)[1] for m in mutants(source, 10**6)}
    assert {"drop unary -", "drop not", "in → not in", "is → is not", "< → >", "True → False"} <= described
    dropped = next(m for m in mutants(source, 10**6) if m.description.endswith("drop unary -"))
    assert dropped.source.startswith("parent = +1\n")  # the sentinel read as 1, as in components.bridges


def test_mutants_are_single_point_and_compile() -> None:
    found = mutants(REFERENCE, 24)
    assert any(">= → >" in m.description for m in found)
    assert any("50 → 51" in m.description for m in found) and any("50 → 49" in m.description for m in found)
    for m in found:
        compile(m.source, "m.py", "exec")
        assert m.source != REFERENCE


# The largest references (most statements, most mutants), one with f-strings (written by a nested unparser) and one
# with nested functions (several indentation levels).
UNPARSE_SAMPLE = ("lca/path_max", "tree_diameter/diameter_pairs", "mst/island_bridges", "segment_tree/min_and_count",
                  "bellman_ford/from_one", "backtracking/sudoku", "bipartite/growing_teams")


@pytest.mark.parametrize("task", UNPARSE_SAMPLE)
def test_each_mutants_text_is_what_ast_unparse_writes(task: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # mutants() writes again only the statements around the mutated node; the rest comes from its first writing.
    from generator.problems.catalog import CATALOG_DIR

    source = (CATALOG_DIR / task / "solutions" / "accepted.py").read_text()
    fast = mutants(source, 280)
    monkeypatch.setattr(mutation, "_unparse", lambda tree, changed, texts: ast.unparse(tree))
    slow = mutants(source, 280)
    assert len(fast) >= 40 and [(m.description, m.source) for m in fast] == [(m.description, m.source) for m in slow]


def test_dispatcher_runs_the_chosen_mutant_with_its_own_stdin_reading() -> None:
    program = mutant_dispatcher(["print(sum(map(int, open(0).read().split())))",
                                 "import sys\nprint(max(map(int, sys.stdin.read().split())))"])
    results = run_many(program, ["0\n1 2 3\n", "1\n1 5 3\n"], SandboxLimits())
    assert [r.stdout for r in results] == ["6\n", "5\n"]


def test_in_a_shared_process_each_mutant_is_compiled_once_and_runs_as_in_a_fresh_one() -> None:
    from generator.problems.shared_run import run_shared

    # Each mutant counts how often solution.py code was compiled in its process (a compile creates a new code
    # object; the dispatcher's cache holds one per mutant), and keeps a global of its own that must not survive.
    sources = ["import sys\nprint(sum(map(int, sys.stdin.read().split())), len(sys._mutant_codes), 'x' in globals())"
               "\nx = 1\n",
               "print(max(map(int, open(0).read().split())), 'x' in globals())\nx = 2\n"]
    program = mutant_dispatcher(sources)
    texts = [f"{k}\n{n} {n + 1}\n" for k in (0, 1) for n in range(6)]
    shared = run_shared(program, texts, SandboxLimits())
    assert [r.stdout for r in shared] == [f"{2 * n + 1} 1 False\n" for n in range(6)] + \
        [f"{n + 1} False\n" for n in range(6)]
    fresh = run_many(program, texts[:1], SandboxLimits())
    assert fresh[0].stdout == "1 1 False\n"


def test_a_planted_weak_suite_gets_the_boundary_test_added() -> None:
    draft = weak_draft()
    problem = verify(draft, GateContext(problem_id="planted", difficulty=Difficulty.easy, language="en", seed=1))
    report = problem.verification.mutation
    assert report is not None and report.tests_added >= 1
    assert report.killed + report.equivalent_on_stress == report.made
    added = [t for t in problem.tests if t.category == "small" and t.input not in ("0\n",)]
    assert any(t.input in ("50\n", "49\n") for t in added), [t.input for t in problem.tests]
    assert len(draft.tests) == 4, "the caller's draft is not changed"
    # Every distinguishable mutant now fails the emitted tests (all mutants through one dispatcher, two runs).
    found = mutants(REFERENCE, 24)
    program = mutant_dispatcher([m.source for m in found])
    truth = [r.stdout for r in run_many(REFERENCE, draft.stress, SandboxLimits())]
    on_tests = run_many(program, [f"{k}\n{t.input}" for k in range(len(found)) for t in problem.tests],
                        SandboxLimits())
    on_stress = run_many(program, [f"{k}\n{s}" for k in range(len(found)) for s in draft.stress], SandboxLimits())
    n_tests, n_stress = len(problem.tests), len(draft.stress)
    for k, mutant in enumerate(found):
        stress_outs = [r.stdout for r in on_stress[k * n_stress:(k + 1) * n_stress]]
        if stress_outs != truth:
            test_outs = [r.stdout for r in on_tests[k * n_tests:(k + 1) * n_tests]]
            assert test_outs != [t.output for t in problem.tests], mutant.description



def test_a_plain_index_is_shifted_by_one_both_ways_and_constant_keys_are_left_to_the_constant_operators() -> None:
    source = "print(a[i], g[y * w + x], a[0], a[-1], d['x'], a[1:3], m[i, j])\n"
    described = sorted(m.description for m in mutants(source, 10**6))
    shifted = sorted(m.source.strip() for m in mutants(source, 10**6) if "index" in m.description)
    assert shifted == sorted([
        "print(a[i + 1], g[y * w + x], a[0], a[-1], d['x'], a[1:3], m[i, j])",
        "print(a[i - 1], g[y * w + x], a[0], a[-1], d['x'], a[1:3], m[i, j])",
        "print(a[i], g[y * w + x + 1], a[0], a[-1], d['x'], a[1:3], m[i, j])",
        "print(a[i], g[y * w + x - 1], a[0], a[-1], d['x'], a[1:3], m[i, j])",
    ]), described
    # a[0] and a[-1] still get their constant mutants (a[1], a[-2], a[-0], ...), made by the constant operators.
    assert any(m.source.startswith("print(a[i], g[y * w + x], a[1],") for m in mutants(source, 10**6))


# "Print the element at 0-based position K": the planted tests hold only arrays of equal values, so reading the
# neighbour cell passes them. Only the index operator makes that mutant (the source has no other mutable point).
PICK = "n, k = map(int, input().split())\na = input().split()\nprint(a[k])\n"
PICK_BRUTE = "n, k = map(int, input().split())\nprint(dict(enumerate(input().split()))[k])\n"
PICK_VALIDATOR = ("import sys\nlines = sys.stdin.read().split('\\n')\nassert len(lines) == 3 and lines[2] == ''\n"
                  "n, k = map(int, lines[0].split(' '))\nassert 1 <= n <= 5 and 0 <= k < n and lines[0] == f'{n} {k}'\n"
                  "a = lines[1].split(' ')\nassert len(a) == n and all(v in '123456789' and len(v) == 1 for v in a)\n")


def test_a_planted_suite_blind_to_the_neighbour_cell_gets_the_test_that_tells_them_apart() -> None:
    # (k read as its tuple neighbour n is the third mutant: a[n] is out of range on every input, killed at once.)
    assert {m.description.split(": ")[1] for m in mutants(PICK, 10**6)} == {"index + 1", "index - 1", "k → n at a use"}
    draft = weak_draft()
    draft.reference, draft.brute, draft.validator, draft.title = PICK, PICK_BRUTE, PICK_VALIDATOR, "Pick"
    draft.constraints = [Constraint(symbol="N", low=1, high=5)]
    draft.tests = [Case("3 1\n5 5 5\n", "sample", small=True), Case("2 0\n7 7\n", "sample", small=True),
                   Case("5 2\n4 4 4 4 4\n", "max")]
    rng = random.Random(1)
    draft.stress = [f"{n} {rng.randrange(n)}\n{' '.join(str(rng.randint(1, 9)) for _ in range(n))}\n"
                    for n in (rng.randint(1, 5) for _ in range(120))]
    draft.near_invalid = ["3 3\n1 2 3\n", "0 0\n\n", "2 0\n1 10\n"]
    draft.wrong_solutions = [WrongSolution("wa_position", "n, k = map(int, input().split())\nprint(k + 1)\n")]
    problem = verify(draft, GateContext(problem_id="pick", difficulty=Difficulty.easy, language="en", seed=1))
    report = problem.verification.mutation
    assert report is not None and report.made == 3 and report.tests_added >= 1
    assert report.killed == 3, report
    # Both shifted readings now fail a published test.
    found = mutants(PICK, 10**6)
    program = mutant_dispatcher([m.source for m in found])
    n_tests = len(problem.tests)
    runs = run_many(program, [f"{k}\n{t.input}" for k in range(len(found)) for t in problem.tests], SandboxLimits())
    for k, mutant in enumerate(found):
        assert [r.stdout for r in runs[k * n_tests:(k + 1) * n_tests]] != [t.output for t in problem.tests], \
            mutant.description


# "Print the cell number R * 10 + C": the planted tests hold only square grids, so reading R for C (or C for R), a
# tuple neighbour swapped at a use, passes them. That slip made every defect a sweep with general mutation tools'
# operators found that the gate's other operators missed (n read as m, R * R for R * C).
CELL = "r, c = map(int, input().split())\nprint(r * 10 + c)\n"
CELL_BRUTE = "a = input().split()\nprint(int(a[0] + a[1]))\n"
CELL_VALIDATOR = ("import sys\ntext = sys.stdin.read()\nr, c = map(int, text.split())\n"
                  "assert 1 <= r <= 9 and 1 <= c <= 9 and text == f'{r} {c}\\n'\n")


def test_a_planted_suite_of_square_grids_gets_the_test_that_tells_rows_from_columns() -> None:
    swaps = sorted(m.source for m in mutants(CELL, 10**6) if m.description.endswith("at a use"))
    assert swaps == ["r, c = map(int, input().split())\nprint(c * 10 + c)",
                     "r, c = map(int, input().split())\nprint(r * 10 + r)"]
    draft = weak_draft()
    draft.reference, draft.brute, draft.validator, draft.title = CELL, CELL_BRUTE, CELL_VALIDATOR, "Cell"
    draft.constraints = [Constraint(symbol="R", low=1, high=9), Constraint(symbol="C", low=1, high=9)]
    draft.tests = [Case("3 3\n", "sample", small=True), Case("5 5\n", "sample", small=True), Case("9 9\n", "max")]
    draft.stress = [f"{r} {c}\n" for r in range(1, 10) for c in range(1, 10)] * 2  # (the gate wants 100)
    draft.near_invalid = ["0 3\n", "3 10\n", "3  3\n"]
    draft.wrong_solutions = [WrongSolution("wa_rows_only", "r, c = map(int, input().split())\nprint(r * 11)\n")]
    problem = verify(draft, GateContext(problem_id="cell", difficulty=Difficulty.easy, language="en", seed=1))
    report = problem.verification.mutation
    assert report is not None and report.tests_added >= 1 and report.killed == report.made, report
    assert any(len(set(t.input.split())) == 2 for t in problem.tests)  # a grid that is not square
    program = mutant_dispatcher([source + "\n" for source in swaps])
    runs = run_many(program, [f"{k}\n{t.input}" for k in range(2) for t in problem.tests], SandboxLimits())
    n_tests = len(problem.tests)
    for k in range(2):
        assert [r.stdout for r in runs[k * n_tests:(k + 1) * n_tests]] != [t.output for t in problem.tests], swaps[k]


# Ten grade boundaries: 40 mutants (10 comparison swaps, 10 direction flips, 20 constants ± 1), more than the 24
# the gate once sampled.
GRADES = "ABCDEFGHIJ"
GRADER = "s = int(input())\n" + "".join(
    f"{'if' if n == 0 else 'elif'} s >= {95 - 5 * n}:\n    print({GRADES[n]!r})\n" for n in range(10)
) + "else:\n    print('Z')\n"
GRADER_BRUTE = "s = int(input())\nprint(next((g for n, g in enumerate('ABCDEFGHIJ') if s >= 95 - 5 * n), 'Z'))\n"


def test_every_mutant_is_checked_and_every_distinguishable_one_fails_the_emitted_tests() -> None:
    draft = weak_draft()
    draft.reference, draft.brute, draft.title = GRADER, GRADER_BRUTE, "Grades"
    # Mid-band scores only: no test sits on any boundary, so every boundary mutant survives the planted tests.
    draft.tests = [Case(f"{s}\n", "sample" if s < 10 else "small", small=True) for s in (2, 7, 23, 58, 67, 82, 97)]
    draft.tests.append(Case("100\n", "max"))
    draft.wrong_solutions = [WrongSolution("wa_always_a", "input()\nprint('A')\n")]
    everything = mutants(GRADER, 10**6)
    assert len(everything) == 40
    problem = verify(draft, GateContext(problem_id="grades", difficulty=Difficulty.easy, language="en", seed=1))
    report = problem.verification.mutation
    assert report is not None and report.made == len(everything) and report.tests_added >= 10
    program = mutant_dispatcher([m.source for m in everything])
    truth = [r.stdout for r in run_many(GRADER, draft.stress, SandboxLimits())]
    on_stress = run_many(program, [f"{k}\n{s}" for k in range(len(everything)) for s in draft.stress],
                         SandboxLimits())
    on_tests = run_many(program, [f"{k}\n{t.input}" for k in range(len(everything)) for t in problem.tests],
                        SandboxLimits())
    n_tests, n_stress = len(problem.tests), len(draft.stress)
    for k, mutant in enumerate(everything):
        if [r.stdout for r in on_stress[k * n_stress:(k + 1) * n_stress]] != truth:
            assert [r.stdout for r in on_tests[k * n_tests:(k + 1) * n_tests]] != \
                [t.output for t in problem.tests], mutant.description


def blind_spot_draft(more: list[str], calls: list[int]) -> Draft:
    """The planted draft whose own stress cases never come near the boundary (scores 0–40 and 60–100), and whose
    second batch of cross-check inputs is `more` (each with a command naming it)."""
    draft = weak_draft()
    draft.tests = [Case("10\n", "sample", small=True), Case("90\n", "sample", small=True), Case("100\n", "max")]
    draft.stress = [f"{s}\n" for s in range(101) if not 40 < s < 60] * 2
    draft.test_commands = ["sample 1", "sample 2", "max 1"]
    draft.stress_commands = [f"stress {s.strip()}" for s in draft.stress]

    def more_stress(round_number: int) -> tuple[list[str], list[str]]:
        calls.append(round_number)
        return list(more), [f"more {text.strip()}" for text in more]

    draft.more_stress = more_stress
    return draft


def test_a_mutant_only_other_seeds_tell_apart_gets_its_test_from_the_second_batch() -> None:
    calls: list[int] = []
    draft = blind_spot_draft([f"{s}\n" for s in range(30, 71)], calls)
    problem = verify(draft, GateContext(problem_id="blind", difficulty=Difficulty.easy, language="en", seed=1))
    report = problem.verification.mutation
    assert calls == [1] and report is not None and report.more_stress_cases == 19  # 41..59: the rest are known
    added = {t.input: t.generator for t in problem.tests if t.category == "small"}
    assert {"49\n", "50\n"} & set(added), sorted(added)
    assert all(command == f"more {text.strip()}" for text, command in added.items())
    # Every mutant that the whole range tells apart now fails the published tests.
    found = mutants(REFERENCE, 10**6)
    program = mutant_dispatcher([m.source for m in found])
    scores = [f"{s}\n" for s in range(101)]
    truth = [r.stdout for r in run_many(REFERENCE, scores, SandboxLimits())]
    on_all = run_many(program, [f"{k}\n{s}" for k in range(len(found)) for s in scores], SandboxLimits())
    on_tests = run_many(program, [f"{k}\n{t.input}" for k in range(len(found)) for t in problem.tests],
                        SandboxLimits())
    for k, mutant in enumerate(found):
        if [r.stdout for r in on_all[k * 101:(k + 1) * 101]] != truth:
            n = len(problem.tests)
            assert [r.stdout for r in on_tests[k * n:(k + 1) * n]] != [t.output for t in problem.tests], \
                mutant.description


def test_without_a_second_batch_the_blind_spot_stays_and_is_reported_as_equivalent() -> None:
    draft = blind_spot_draft([], [])
    draft.more_stress = None
    problem = verify(draft, GateContext(problem_id="blind", difficulty=Difficulty.easy, language="en", seed=1))
    report = problem.verification.mutation
    assert report is not None and report.more_stress_cases == 0 and report.equivalent_on_stress >= 2
    assert not {"49\n", "50\n"} & {t.input for t in problem.tests}


def test_the_second_batch_is_not_asked_for_when_every_stress_case_already_decided() -> None:
    calls: list[int] = []
    draft = blind_spot_draft(["50\n"], calls)
    draft.stress = [f"{s % 101}\n" for s in range(101)]
    draft.stress_commands = None
    draft.reference = "s = int(input())\nprint('PASS' if s >= 50 else 'FAIL')\n"
    problem = verify(draft, GateContext(problem_id="full", difficulty=Difficulty.easy, language="en", seed=1))
    report = problem.verification.mutation
    assert report is not None
    assert (calls == []) == (report.equivalent_on_stress == 0) and report.more_stress_cases == 0


def test_second_batch_inputs_are_validated_and_an_added_one_must_agree_with_the_brute_force() -> None:
    import pytest

    from generator.problems.gate import GateError

    with pytest.raises(GateError) as rejected:
        verify(blind_spot_draft(["50\n", "150\n"], []),
               GateContext(problem_id="bad", difficulty=Difficulty.easy, language="en", seed=1))
    assert rejected.value.code == "validator_rejected_test"
    # A reference wrong only at the boundary its own stress never reaches: the brute force (> 50 passes) agrees
    # with it on every own stress case; the boundary case the second batch adds is where they part.
    draft = blind_spot_draft(["50\n"], [])
    draft.brute = "s = int(input())\nprint('PASS' if s > 50 else 'FAIL')\n"
    with pytest.raises(GateError) as disagrees:
        verify(draft, GateContext(problem_id="wrong", difficulty=Difficulty.easy, language="en", seed=1))
    assert disagrees.value.code == "brute_disagrees" and "added cross-check case" in disagrees.value.message


def test_type_annotations_and_generic_types_are_not_mutated_but_the_code_around_them_is() -> None:
    # `list[int]` is a type, not an index: `list[int + 1]` only crashes at the def (or, as a local variable's
    # annotation, is never evaluated), so such mutants are wasted runs.
    source = ("from collections import deque\n"
              "def f(a: list[int], k: int) -> dict[int, list[int]]:\n"
              "    seen: set[int] = set()\n"
              "    q = deque[tuple[int, int]]()\n"
              "    return {a[k]: [len(seen), len(q)]}\n")
    made = mutants(source, 10**6)
    index_mutants = sorted(m.source for m in made if "index" in m.description)
    assert [line for m in index_mutants for line in m.splitlines() if "a[k" in line] == [
        "    return {a[k + 1]: [len(seen), len(q)]}", "    return {a[k - 1]: [len(seen), len(q)]}"]
    assert len(index_mutants) == 2
    for m in made:  # nothing else in an annotation changes either
        assert "def f(a: list[int], k: int) -> dict[int, list[int]]:" in m.source
        assert "seen: set[int] = set()" in m.source


def _promoted_with_generator(generator: str) -> Draft:
    """The blind-spot draft whose second batch names a generator of the draft: `python gen.py <score>`."""
    draft = blind_spot_draft([f"{s}\n" for s in range(30, 71)], [])
    draft.generators = {"gen.py": generator}
    draft.more_stress = lambda _round: ([f"{s}\n" for s in range(30, 71)], [f"python gen.py {s}" for s in range(30, 71)])
    return draft


def test_a_promoted_stress_case_keeps_a_command_that_prints_it_again_alone() -> None:
    problem = verify(_promoted_with_generator("import sys\nprint(sys.argv[1])\n"),
                     GateContext(problem_id="blind", difficulty=Difficulty.easy, language="en", seed=1))
    added = {t.input: t.generator for t in problem.tests if t.category == "small"}
    assert {"49\n", "50\n"} & set(added) and all(c == f"python gen.py {i.strip()}" for i, c in added.items())


def test_a_promoted_stress_case_whose_command_prints_another_input_alone_is_refused() -> None:
    # Prints its score only after an earlier run in the same process: alone, the first call prints 0.
    stateful = "import builtins, sys\nseen = getattr(builtins, '_seen', 0)\nbuiltins._seen = seen + 1\n" \
               "print(sys.argv[1] if seen else 0)\n"
    with pytest.raises(GateError) as info:
        verify(_promoted_with_generator(stateful),
               GateContext(problem_id="blind", difficulty=Difficulty.easy, language="en", seed=1))
    assert info.value.code == "generator_not_reproducible"
