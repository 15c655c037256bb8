"""sudoku: puzzles that a solver forgetting its own placements gets wrong (testlib style):
python gen_forgetful.py SEED decisive forget=UNIT[,UNIT...] naive_limit=N prints one input.

A UNIT is box, row or col: the solver checks a cell against the givens of that unit but never records the digits
it places there itself (its mask update after a placement is missing), so it may complete the grid with a digit
twice in a box (row, column). Puzzles are drawn as gen.py draws them (a random solved grid, cells emptied in random
order while the solution stays unique and plain row-major backtracking stays within naive_limit placements), with
as many blanks as it can empty (at least 48), and relabelled (digits, rows and columns inside their bands, bands,
transposed) until, for every UNIT, such a solver breaks the rule: with the fewest-candidates cell first (as the
reference) and with plain row-major order, digits tried in increasing and in decreasing order. The reference
without `boxes[box[i]] |= bit` in its placement passed every published test (mutation_sweep --wide-operators,
seed 0): with 30 to 50 blanks the givens' boxes alone mostly decide every cell.
"""
import random
import sys

VARIANTS = 6

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
assert mode == "decisive", mode
UNITS = opts["forget"].split(",")
assert set(UNITS) <= {"box", "row", "col"}, UNITS
NAIVE_LIMIT = int(opts["naive_limit"])
rng = random.Random(seed)
ALL = 0b1111111110
BOX = [(i // 27) * 3 + (i % 9) // 3 for i in range(81)]
ROW = [i // 9 for i in range(81)]
COL = [9 + i % 9 for i in range(81)]
BOX_UNIT = [18 + b for b in BOX]
UNIT_INDEX = {"row": ROW, "col": COL, "box": BOX_UNIT}
POPCOUNT = [bin(m).count("1") for m in range(1 << 10)]


def solved_grid():
    return relabelled([(r * 3 + r // 3 + c) % 9 + 1 for r in range(9) for c in range(9)])


def solve(grid, order="fewest", forget=None, limit=None, count=1):
    """Backtracking over the empty cells with a mask per row, column and box (27 masks). order: fewest (the cell
    with the fewest candidates, digits increasing), up or down (row-major, digits increasing or decreasing).
    forget: a unit whose masks never get the placed digits. Returns the first completion (count=1), or the number
    of completions up to `count`; None past `limit` steps."""
    grid = grid[:]
    masks = [0] * 27
    for i, v in enumerate(grid):
        if v:
            for unit in (ROW[i], COL[i], BOX_UNIT[i]):
                masks[unit] |= 1 << v
    kept = [UNIT_INDEX[name] for name in ("row", "col", "box") if name != forget]
    fewest, down = order == "fewest", order == "down"

    def flip(i, bit):
        for unit in kept:
            masks[unit[i]] ^= bit

    empty = [i for i in range(81) if not grid[i]]
    found, steps, stack = 0, 0, []
    while True:
        steps += 1
        if limit is not None and steps > limit:
            return None
        best, best_mask, best_count = -1, 0, 10
        if fewest:
            for i in empty:
                if not grid[i]:
                    mask = ALL & ~(masks[ROW[i]] | masks[COL[i]] | masks[BOX_UNIT[i]])
                    bits = POPCOUNT[mask]
                    if bits < best_count:
                        best, best_mask, best_count = i, mask, bits
                        if bits <= 1:
                            break
        elif len(stack) < len(empty):
            # Row-major: cells are filled in the order of `empty` and undone in reverse, so the first empty cell
            # is the one after the stack's last.
            best = empty[len(stack)]
            best_mask = ALL & ~(masks[ROW[best]] | masks[COL[best]] | masks[BOX_UNIT[best]])
            best_count = POPCOUNT[best_mask]
        if best == -1:
            found += 1
            if count == 1:
                return grid
            if found >= count:
                return found
        elif best_count:
            bit = 1 << (best_mask.bit_length() - 1) if down else best_mask & -best_mask
            grid[best] = bit.bit_length() - 1
            flip(best, bit)
            stack.append((best, best_mask ^ bit))
            continue
        while stack:
            i, rest = stack.pop()
            flip(i, 1 << grid[i])
            grid[i] = 0
            if rest:
                bit = 1 << (rest.bit_length() - 1) if down else rest & -rest
                grid[i] = bit.bit_length() - 1
                flip(i, bit)
                stack.append((i, rest ^ bit))
                break
        else:
            return found if count > 1 else None


def easy_for_naive(grid):
    return all(solve(grid, order, limit=NAIVE_LIMIT) is not None for order in ("up", "down"))


def puzzle():
    """Cells emptied in random order while the solution stays unique and easy for plain backtracking."""
    grid = solved_grid()
    order = list(range(81))
    rng.shuffle(order)
    for i in order:
        keep = grid[i]
        grid[i] = 0
        if solve(grid, count=2) != 1 or not easy_for_naive(grid):
            grid[i] = keep
    return grid


def relabelled(grid):
    """The same grid with digits relabelled, rows and columns shuffled inside their bands and stacks, bands and
    stacks shuffled, maybe transposed (0, an empty cell, stays 0): a puzzle keeps one solution and its blanks, but
    the solvers meet its cells and digits in another order; the solved pattern becomes a random solved grid."""
    digits = [0] + rng.sample(range(1, 10), 9)
    rows = [b * 3 + r for b in rng.sample(range(3), 3) for r in rng.sample(range(3), 3)]
    cols = [s * 3 + c for s in rng.sample(range(3), 3) for c in rng.sample(range(3), 3)]
    out = [digits[grid[r * 9 + c]] for r in rows for c in cols]
    if rng.random() < 0.5:
        out = [out[c * 9 + r] for r in range(9) for c in range(9)]
    return out


def decisive(grid):
    solution = solve(grid)
    # The fewest-candidates order first: the cheapest check and the one that rejects most puzzles.
    return all(wrong(grid, solution, unit, ("fewest",)) for unit in UNITS) and easy_for_naive(grid) and all(
        wrong(grid, solution, unit, ("up", "down")) for unit in UNITS)


def wrong(grid, solution, unit, orders):
    for order in orders:
        got = solve(grid, order, forget=unit, limit=200_000)
        if got is None or got == solution:
            return False
    return True


def decisive_puzzle():
    """A puzzle as gen.py draws them with as many blanks as it can empty (at least 48), relabelled up to VARIANTS
    times until every forgetful solver breaks the rule: a fresh puzzle costs about ten times a relabelling, and
    the solvers' luck changes with the order they meet cells and digits in, so trying relabellings first bounds the
    time: seeds 100 to 300 took at most 3.9 s CPU here; drawing a fresh puzzle every time took 10.8 s on one seed
    of nine, past the generators' 10 s limit."""
    while True:
        grid = puzzle()
        if grid.count(0) < 48:
            continue
        for _ in range(VARIANTS):
            if decisive(grid):
                return grid
            grid = relabelled(grid)


grid = decisive_puzzle()
sys.stdout.write("".join(" ".join(map(str, grid[r * 9:r * 9 + 9])) + "\n" for r in range(9)))
