"""keys_doors: a one-row (or one-column) map where the way to G passes back over S holding keys (testlib style):
python gen_through_start.py SEED through_start way=row|column keys=same|mirror|first [...params] prints one input.

S stands at a seeded flat index s (1 to 63, at most maxn - 11); the s cells before it hold keys and dots, the cells
after it the matching doors, in seeded order, then G. The only way is to fetch every key and walk back over the
cells before S and over S holding all of them. keys=same: the key set is the bits of s (key a is bit 0), so the walk
back passes the state (S, s), flat number s * 64 + s = s * 65; keys=mirror: the bits of 64 - s, so it passes
(s - 1, 64 - s), flat number s * 63. A reference that marked seen[start * 65] or seen[start * 63] instead of
seen[start * 64] (the start state left unmarked, that state marked) printed -1 or a longer way and passed every
published test (mutation sweep, seed 1: '6 2 / Bf / ca / Sd / C# / be / G.' gives 7 instead of 5): random maps
seldom make a route return over S with such a key set. keys=first: key a alone (mask 1), so the walk back passes
(S, 1), flat number s * 64 + 1: a reference marking seen[start * 64 + 1] passed every published test too
(mutation_sweep --wide-operators, seed 0: '1 20 / G..F.b.E.aSA.e.B.f.c' gives -1 instead of 42).
"""
import random
import sys

seed, mode = int(sys.argv[1]), sys.argv[2]
opts = dict(arg.split("=", 1) for arg in sys.argv[3:])
assert mode == "through_start" and opts["way"] in ("row", "column") and opts["keys"] in ("same", "mirror", "first"), \
    opts
rng = random.Random(seed)
while True:
    s = rng.randint(1, min(63, int(opts["maxn"]) - 11))  # the map is at most s + 11 cells long
    mask = {"same": s, "mirror": 64 - s, "first": 1}[opts["keys"]]
    keys = [chr(97 + bit) for bit in range(6) if mask >> bit & 1]
    if len(keys) <= s:
        break
before = keys + ["."] * (s - len(keys))
rng.shuffle(before)
after = [key.upper() for key in keys] + ["."] * rng.randint(0, 3)
rng.shuffle(after)
cells = before + ["S"] + after + ["G"]
if opts["way"] == "row":
    sys.stdout.write(f"1 {len(cells)}\n" + "".join(cells) + "\n")
else:
    sys.stdout.write(f"{len(cells)} 1\n" + "".join(cell + "\n" for cell in cells))
