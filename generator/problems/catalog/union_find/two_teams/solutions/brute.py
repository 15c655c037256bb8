"""Obviously correct: a statement is false iff no colouring of all people in two colours satisfies it together
with the statements kept so far (tries every colouring; tiny N only)."""
import itertools
import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
kept = []
false = 0
for i in range(m):
    s = (int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i]))
    trial = kept + [s]
    ok = any(all((side[a - 1] != side[b - 1]) == bool(t) for t, a, b in trial)
             for side in itertools.product((0, 1), repeat=n))
    if ok:
        kept.append(s)
    else:
        false += 1
print(false)
