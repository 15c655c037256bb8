"""ice_slide: small maps where the slide table of the map's last cells decides the answer (testlib style):
python gen_sweep_ends.py SEED ends fault=FAULT[,FAULT...] [...params] prints one input.

The stopping cells of the slides are computed by sweeps over the flat map; a sweep that runs one cell too far or
stops one cell short leaves a wrong stopping cell at the map's (or a row's) end. A FAULT names such a sweep:
down_wrap (the downward sweep also runs x = -1, so the last cell's down-slide becomes the top-right cell's),
down_short (it starts at size - 2: the last cell's down-slide goes to cell 0), right_wrap (each row's rightward
sweep also runs x = base - 1: the previous row's last cell, or for the first row the map's last cell, gets the
right-slide of the row's first cell), right_short (it starts at base + m - 2: a row's last cell slides right to
cell 0), left_wrap (each row's leftward-stop sweep starts at x = base - 1; it only matters on a map one column wide,
where cell 0 can take the map's last cell as its left-slide, so with it the maps are one column wide). Seeded random maps (as the topic's random mode draws them, 2 to 8 cells a side) are drawn until the fewest
moves with the true slides differ from those with every FAULT's slides. A reference with the down sweep's stop at
-2 (line 20) passed every published test (mutation sweep, seed 1: '5 2 / G. / .# / #. / ## / .S' gives 2 instead
of -1): random maps rarely make the bottom-right cell's slide the decisive move. Nor did the left sweep started at
base - 1 fail one (mutation sweep, seed 7: '3 1 / S / # / G' gives 1 instead of -1).
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
assert mode == "ends", mode
faults = opts["fault"].split(",")
assert set(faults) <= {"down_wrap", "down_short", "right_wrap", "right_short", "left_wrap"}, faults
rng = random.Random(seed)


def random_map(n, m):
    density = rng.choice([0.1, 0.2, 0.35, 0.5])
    cells = [["#" if rng.random() < density else "." for _ in range(m)] for _ in range(n)]
    a, b = rng.sample(range(n * m), 2)
    cells[a // m][a % m], cells[b // m][b % m] = "S", "G"
    return cells


def moves(g, n, m, fault):
    """Fewest slides from S to G, the sweeps run as the reference runs them (fault None) or with FAULT's bounds;
    indices wrap as Python lists do."""
    size = n * m
    left, right, up, down = [0] * size, [0] * size, [0] * size, [0] * size
    for r in range(n):
        base = r * m
        for x in range(base - (fault == "left_wrap"), base + m):
            left[x] = x if x == base or g[x - 1] == "#" else left[x - 1]
        first = base + m - 1 - (fault == "right_short")
        stop = base - 1 - (fault == "right_wrap")
        for x in range(first, stop, -1):
            right[x] = x if x == base + m - 1 or g[x + 1] == "#" else right[x + 1]
    for x in range(size):
        up[x] = x if x < m or g[x - m] == "#" else up[x - m]
    for x in range(size - 1 - (fault == "down_short"), -1 - (fault == "down_wrap"), -1):
        down[x] = x if x + m >= size or g[x + m] == "#" else down[x + m]
    start, goal = g.index("S"), g.index("G")
    dist = [-1] * size
    dist[start] = 0
    queue = [start]
    for x in queue:
        for y in (left[x], right[x], up[x], down[x]):
            if dist[y] < 0:
                dist[y] = dist[x] + 1
                queue.append(y)
    return dist[goal]


for _ in range(10**6):
    n, m = (rng.randint(5, 12), 1) if "left_wrap" in faults else (rng.randint(2, 8), rng.randint(2, 8))
    cells = random_map(n, m)
    g = "".join("".join(row) for row in cells)
    truth = moves(g, n, m, None)
    if all(moves(g, n, m, fault) != truth for fault in faults):
        break
else:
    raise SystemExit(f"no map found for {faults}")
sys.stdout.write(f"{n} {m}\n" + "".join("".join(row) + "\n" for row in cells))
