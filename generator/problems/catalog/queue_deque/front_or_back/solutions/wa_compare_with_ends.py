"""Wrong: a local greedy on the deque's ends: put the value at the front when it is at most the current front,
otherwise at the back (then count the inversions of the row it builds)."""
import sys
from collections import deque


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:n + 1]))
    row = deque([a[0]])
    for v in a[1:]:
        if v <= row[0]:
            row.appendleft(v)
        else:
            row.append(v)
    values = list(row)
    rank = {v: i + 1 for i, v in enumerate(sorted(set(values)))}
    size = len(rank)
    tree = [0] * (size + 1)
    total = 0
    for seen, v in enumerate(values):
        at_most = 0
        i = rank[v]
        while i > 0:
            at_most += tree[i]
            i -= i & -i
        total += seen - at_most
        i = rank[v]
        while i <= size:
            tree[i] += 1
            i += i & -i
    print(total)


main()
