"""Obviously correct: half a second at a time in doubled coordinates (ants only meet at whole doubled points);
two ants on one point turn around, an ant past an end falls off."""
import sys

data = sys.stdin.read().split()
n, length, t = int(data[0]), int(data[1]), int(data[2])
x = [2 * int(data[3 + 2 * i]) for i in range(n)]
v = [1 if data[4 + 2 * i] == "R" else -1 for i in range(n)]
on = [True] * n
for _ in range(2 * t):
    for i in range(n):
        if on[i]:
            x[i] += v[i]
            if not 0 <= x[i] <= 2 * length:
                on[i] = False
    at = {}
    for i in range(n):
        if on[i]:
            at.setdefault(x[i], []).append(i)
    for ants in at.values():
        if len(ants) == 2:
            for i in ants:
                v[i] = -v[i]
print("\n".join(str(x[i] // 2) if on[i] else "-1" for i in range(n)))
