"""Test generator (testlib style): python gen.py SEED MODE [key=value ...] prints one input.
Format: 9 lines of 9 digits separated by single spaces, 0 = empty; the puzzle has exactly one solution.
Params: naive_limit (every valid puzzle is solved by plain row-major backtracking, digits tried in increasing or
in decreasing order, within this many placements, so the task asks for pruning, not for heuristics).
Modes: sample1, sample2, puzzle blanks= , fixed case=, max, invalid kind=.
Every puzzle comes from a random solved grid (digits relabelled, rows and columns shuffled inside their bands and
stacks, bands and stacks shuffled, maybe transposed), then cells emptied in random order while the solution
stays unique."""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
NAIVE_LIMIT = int(opts["naive_limit"])
rng = random.Random(seed)
ALL = 0b1111111110
BOX = [(i // 27) * 3 + (i % 9) // 3 for i in range(81)]


def solved_grid():
    digits = rng.sample(range(1, 10), 9)
    rows = [b * 3 + r for b in rng.sample(range(3), 3) for r in rng.sample(range(3), 3)]
    cols = [s * 3 + c for s in rng.sample(range(3), 3) for c in rng.sample(range(3), 3)]
    base = [[(r * 3 + r // 3 + c) % 9 for c in range(9)] for r in range(9)]
    grid = [digits[base[r][c]] for r in rows for c in cols]
    if rng.random() < 0.5:
        grid = [grid[c * 9 + r] for r in range(9) for c in range(9)]
    return grid


def count_solutions(grid, limit=2):
    """Solutions of the puzzle, counted up to `limit` (most-constrained cell first)."""
    grid = grid[:]
    rows, cols, boxes = [0] * 9, [0] * 9, [0] * 9
    for i, v in enumerate(grid):
        if v:
            bit = 1 << v
            if rows[i // 9] & bit or cols[i % 9] & bit or boxes[BOX[i]] & bit:
                return 0
            rows[i // 9] |= bit
            cols[i % 9] |= bit
            boxes[BOX[i]] |= bit
    empty = [i for i in range(81) if not grid[i]]
    found = 0
    stack = []

    def flip(i, bit):
        rows[i // 9] ^= bit
        cols[i % 9] ^= bit
        boxes[BOX[i]] ^= bit

    while True:
        best, best_mask, best_count = -1, 0, 10
        for i in empty:
            if not grid[i]:
                mask = ALL & ~(rows[i // 9] | cols[i % 9] | boxes[BOX[i]])
                count = bin(mask).count("1")
                if count < best_count:
                    best, best_mask, best_count = i, mask, count
                    if count <= 1:
                        break
        if best == -1:
            found += 1
            if found >= limit:
                return found
        elif best_count:
            bit = best_mask & -best_mask
            grid[best] = bit.bit_length() - 1
            flip(best, bit)
            stack.append((best, best_mask ^ bit))
            continue
        while stack:
            i, rest = stack.pop()
            flip(i, 1 << grid[i])
            grid[i] = 0
            if rest:
                bit = rest & -rest
                grid[i] = bit.bit_length() - 1
                flip(i, bit)
                stack.append((i, rest ^ bit))
                break
        else:
            return found


def naive_placements(grid, order):
    """Placements made by plain row-major backtracking trying digits in `order` (stops past the limit)."""
    grid = grid[:]
    rows, cols, boxes = [0] * 9, [0] * 9, [0] * 9
    for i, v in enumerate(grid):
        if v:
            rows[i // 9] |= 1 << v
            cols[i % 9] |= 1 << v
            boxes[BOX[i]] |= 1 << v
    empty = [i for i in range(81) if not grid[i]]
    placements = 0
    k, start = 0, [0] * (len(empty) + 1)
    while 0 <= k < len(empty):
        i = empty[k]
        if grid[i]:  # coming back: lift the digit, continue after it
            bit = 1 << grid[i]
            rows[i // 9] ^= bit
            cols[i % 9] ^= bit
            boxes[BOX[i]] ^= bit
            grid[i] = 0
        for j in range(start[k], 9):
            d = order[j]
            bit = 1 << d
            if not (rows[i // 9] | cols[i % 9] | boxes[BOX[i]]) & bit:
                grid[i] = d
                rows[i // 9] |= bit
                cols[i % 9] |= bit
                boxes[BOX[i]] |= bit
                start[k] = j + 1
                placements += 1
                k += 1
                start[k] = 0
                break
        else:
            start[k] = 0
            k -= 1
        if placements > NAIVE_LIMIT:
            break
    return placements


def easy_for_naive(grid):
    return all(naive_placements(grid, order) <= NAIVE_LIMIT for order in (range(1, 10), range(9, 0, -1)))


def puzzle(blanks, cells=None, cleared=()):
    """A unique-solution puzzle: the `cleared` cells empty, then up to `blanks` more empty cells (fewer when no
    more can be emptied) among `cells` (default: all), kept easy for plain backtracking."""
    while True:
        grid = solved_grid()
        for i in cleared:
            grid[i] = 0
        order = list(cells if cells is not None else range(81))
        rng.shuffle(order)
        emptied = 0
        for i in order:
            if emptied == blanks:
                break
            keep = grid[i]
            grid[i] = 0
            if count_solutions(grid) == 1 and easy_for_naive(grid):
                emptied += 1
            else:
                grid[i] = keep
        if emptied == blanks or blanks >= 81:
            return grid


def render(grid):
    return "".join(" ".join(map(str, grid[r * 9:r * 9 + 9])) + "\n" for r in range(9))


if mode == "sample1":
    out = render(puzzle(rng.randint(30, 40)))
elif mode == "sample2":
    out = render(puzzle(rng.randint(45, 50)))
elif mode == "puzzle":
    lo, hi = (int(x) for x in opts["blanks"].split("-"))
    out = render(puzzle(rng.randint(lo, hi)))
elif mode == "fixed":
    case = opts["case"]
    if case == "one_blank":
        out = render(puzzle(1))
    elif case == "solved":
        out = render(solved_grid())
    elif case == "full_row":  # one whole row empty (and a few more cells)
        r = rng.randrange(9)
        row = [i for i in range(81) if i // 9 == r]
        out = render(puzzle(rng.randint(5, 15), [i for i in range(81) if i // 9 != r], row))
    elif case == "full_box":  # one whole 3x3 box empty, and its row and column neighbours thinned
        b = rng.randrange(9)
        box = [i for i in range(81) if BOX[i] == b]
        out = render(puzzle(rng.randint(20, 30), [i for i in range(81) if BOX[i] != b], box))
    elif case == "last_cells":  # the only blanks are in the bottom band: row-major order reaches them last
        out = render(puzzle(rng.randint(10, 18), range(54, 81)))
    else:
        raise SystemExit(f"unknown case {case}")
elif mode == "max":
    out = render(puzzle(81))  # empty cells until none more can be emptied
elif mode == "invalid":
    kind = opts["kind"]
    grid = solved_grid()
    if kind == "row_conflict":  # two equal givens in one row
        grid[0], grid[4] = 0, 0
        grid[1] = grid[2]
    elif kind == "box_conflict":  # two equal givens in one box, in different rows and columns
        grid = [v if i == 0 else 0 for i, v in enumerate(grid)]
        grid[10] = grid[0]
    elif kind == "unsolvable":  # no two givens conflict, but the last cell of row 1 can take no digit
        d = grid[8]
        grid = [v if i < 8 else 0 for i, v in enumerate(grid)]
        grid[4 * 9 + 8] = d
    elif kind == "two_solutions":  # far too few clues
        grid = [v if i < 9 else 0 for i, v in enumerate(grid)]
    elif kind == "digit_too_big":
        grid[rng.randrange(81)] = 10
    elif kind == "eight_rows":
        grid = grid[:72]
    text = render(grid) if kind != "eight_rows" else "".join(
        " ".join(map(str, grid[r * 9:r * 9 + 9])) + "\n" for r in range(8))
    if kind == "two_spaces":
        text = text.replace(" ", "  ", 1)
    elif kind == "no_spaces":
        text = text.replace(" ", "", 8)
    out = text
else:
    raise SystemExit(f"unknown mode {mode}")
sys.stdout.write(out)
