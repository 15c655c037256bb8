"""Obviously correct on small inputs: count orders letter by letter, never letting B get ahead."""
import sys

data = sys.stdin.read().split()
q = int(data[0])
for i in range(q):
    a, b = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    ways = {(0, 0): 1}  # (votes of A counted, votes of B counted) -> orders so far
    for _ in range(a + b):
        nxt = {}
        for (x, y), count in ways.items():
            if x < a:
                nxt[(x + 1, y)] = nxt.get((x + 1, y), 0) + count
            if y < b and y + 1 <= x:
                nxt[(x, y + 1)] = nxt.get((x, y + 1), 0) + count
        ways = nxt
    print(ways.get((a, b), 0) % (10 ** 9 + 7))
