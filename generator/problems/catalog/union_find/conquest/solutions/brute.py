"""Obviously correct: a leader per vertex; an absorb relabels every member of b's group with a's leader."""
import sys

data = sys.stdin.read().split()
n, q = int(data[0]), int(data[1])
lead = list(range(n + 1))
pos = 2
for _ in range(q):
    if data[pos] == "1":
        a, b = int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        new, old = lead[a], lead[b]
        if new != old:
            for v in range(1, n + 1):
                if lead[v] == old:
                    lead[v] = new
    else:
        print(lead[int(data[pos + 1])])
        pos += 2
