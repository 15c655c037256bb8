"""Obviously correct: poster i shows iff some cell of it is on no later poster. Coverage by the later posters can
only change right after one of them ends, so it is enough to test l_i and every r_j + 1 inside [l_i, r_i]."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
ps = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
count = 0
for i, (l, r) in enumerate(ps):
    later = ps[i + 1:]
    cells = [l] + [b + 1 for _, b in later if l <= b + 1 <= r]
    if any(all(not (a <= c <= b) for a, b in later) for c in cells):
        count += 1
print(count)
