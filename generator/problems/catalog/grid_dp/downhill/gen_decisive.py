"""downhill: small maps whose count of routes hangs on the height test of one move (testlib style):
python gen_decisive.py SEED decisive slip=SLIP[,SLIP...] [...params] prints one input;
python gen_decisive.py SEED size_count [...params] prints a map where some cell other than the last is reached
by exactly N * M - 1 routes and leads on to the last cell.

A SLIP names a height test made on the wrong cell, as a flat index one off makes it: up_right, up_left (the move
up tested on the cell after or before the one above, h[x - M + 1] or h[x - M - 1], wrapping across the border),
down_right, down_left, left_up, right_down (the move left or right tested on x - 1 - M or x + 1 + M, when in the
map). Maps of 3 to 7 cells a side get a random self-avoiding route from the first cell to the last with heights
falling along it, the other cells random heights, and are drawn until the count with the true tests differs from
the count with every SLIP's tests. A reference testing the move up on h[x - M + 1] passed every published test
(mutation_sweep --wide-operators, seed 0, 'equivalent on stress'): it only differs when a route turns up to a
lower cell whose right neighbour is not lower, which random maps, mazes and serpentines rarely make decisive.
size_count: 4 x 4 to 5 x 5 maps sloping down to the last cell (random slopes per row and column, random noise),
drawn until a program that skips a cell whose count equals N * M - 1 (the reference's `cell == last` written
`w == last`) answers differently. That slip passed every published test (mutation sweep, seed 7, operand
operators): '2 1 / 2 / 1' answers 1, the slip 0, and no published map had a cell with exactly N * M - 1 routes.
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
assert mode in ("decisive", "size_count"), mode
MAXN, MAXM, MAXH = int(opts["maxn"]), int(opts["maxm"]), int(opts["maxh"])
SLIPS = opts.get("slip", "").split(",") if mode == "decisive" else []
OFFSET = {"up_right": ("up", 1), "up_left": ("up", -1), "down_right": ("down", 1), "down_left": ("down", -1),
          "left_up": ("left", -1), "right_down": ("right", 1)}
assert set(SLIPS) <= set(OFFSET), SLIPS
rng = random.Random(seed)
MOD = 1_000_000_007


def route(n, m):
    """A random self-avoiding route of cells from 0 to n * m - 1 (depth-first, random neighbour order)."""
    last = n * m - 1
    path, seen = [0], {0}

    def neighbours(c):
        r, j = divmod(c, m)
        out = [(r + a) * m + j + b for a, b in ((1, 0), (-1, 0), (0, 1), (0, -1))
               if 0 <= r + a < n and 0 <= j + b < m]
        rng.shuffle(out)
        return iter(out)

    stack = [neighbours(0)]
    while path[-1] != last:
        nxt = next((x for x in stack[-1] if x not in seen), None)
        if nxt is None:
            seen.discard(path.pop())
            stack.pop()
            continue
        seen.add(nxt)
        path.append(nxt)
        stack.append(neighbours(nxt))
    return path


def count(n, m, h, slip=None):
    """Routes from the first cell to the last, each move strictly downhill; `slip` tests one move on another
    cell (the flat index of the target plus the slip's offset, counted from the end when negative), or is
    "size_count": skip a cell reached by exactly N * M - 1 routes (not the last cell)."""
    size = n * m
    ways = [0] * size
    ways[0] = 1
    last = size - 1
    for cell in sorted(range(size), key=h.__getitem__, reverse=True):
        w = ways[cell]
        if w == 0 or (w == last if slip == "size_count" else cell == last):
            continue
        col = cell % m
        moves = {"up": (cell - m, cell >= m), "down": (cell + m, cell + m <= last),
                 "left": (cell - 1, col > 0), "right": (cell + 1, col < m - 1)}
        for name, (target, ok) in moves.items():
            if not ok:
                continue
            tested = target
            if slip in OFFSET and OFFSET[slip][0] == name:
                tested = target + OFFSET[slip][1] + (0 if name in ("up", "down") else
                                                      (-m if name == "left" else m))
                if tested >= size:
                    continue  # out of the map: such a program would crash, not count
            if h[tested] < h[cell]:
                ways[target] = (ways[target] + w) % MOD
    return ways[last]


def draw():
    n, m = rng.randint(3, min(7, MAXN)), rng.randint(3, min(7, MAXM))
    path = route(n, m)
    cap = min(MAXH, rng.choice([10, 100, 10 ** 6]))
    h = [rng.randint(1, cap) for _ in range(n * m)]
    top = min(MAXH, cap + 3 * len(path) + 10)
    for k, c in enumerate(path):
        h[c] = top - 3 * k - rng.randint(0, 2)
    return n, m, h


def draw_sloped():
    n, m = rng.randint(4, min(5, MAXN)), rng.randint(4, min(5, MAXM))
    down, right, noise = rng.randint(0, 6), rng.randint(0, 6), rng.randint(1, 12)
    top = min(MAXH, 100)
    h = [max(1, top - down * (c // m) - right * (c % m) + rng.randint(0, noise)) for c in range(n * m)]
    return n, m, h


while True:
    if mode == "size_count":
        n, m, h = draw_sloped()
        if count(n, m, h) != count(n, m, h, "size_count"):
            break
        continue
    n, m, h = draw()
    truth = count(n, m, h)
    if all(count(n, m, h, slip) != truth for slip in SLIPS):
        break
sys.stdout.write(f"{n} {m}\n" + "".join(" ".join(map(str, h[r * m:r * m + m])) + "\n" for r in range(n)))
