"""Obviously correct on tiny inputs: try every set of N-1 pairs of points, keep those that connect all points."""
import sys
from itertools import combinations

data = sys.stdin.read().split()
n = int(data[0])
pts = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
pairs = [(i, j, abs(pts[i][0] - pts[j][0]) + abs(pts[i][1] - pts[j][1])) for i in range(n) for j in range(i + 1, n)]


def connects(chosen):
    label = list(range(n))
    for i, j, _ in chosen:
        a, b = label[i], label[j]
        label = [a if x == b else x for x in label]
    return len(set(label)) == 1


print(min(sum(c for _, _, c in chosen) for chosen in combinations(pairs, n - 1) if connects(chosen)))
