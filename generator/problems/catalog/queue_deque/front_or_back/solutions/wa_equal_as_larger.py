"""Wrong: takes every earlier value that is not smaller as larger, so equal values count as inversions at the back."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = list(map(int, data[1:n + 1]))
    rank = {v: i + 1 for i, v in enumerate(sorted(set(a)))}
    size = len(rank)
    tree = [0] * (size + 1)
    total = 0
    for seen, v in enumerate(a):
        r = rank[v]
        smaller = 0
        i = r - 1
        while i > 0:
            smaller += tree[i]
            i -= i & -i
        at_most = 0
        i = r
        while i > 0:
            at_most += tree[i]
            i -= i & -i
        total += min(smaller, seen - smaller)
        i = r
        while i <= size:
            tree[i] += 1
            i += i & -i
    print(total)


main()
