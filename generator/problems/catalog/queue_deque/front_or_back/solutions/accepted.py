"""A value's inversions with the values placed before it are fixed by its own side: at the front, every earlier
smaller value ends up behind it; at the back, every earlier larger value ends up in front of it. Later values sit
outside both, so they do not change this count. Summing the minimum per value is optimal. Smaller/larger earlier
values are counted with a Fenwick tree over the compressed values (equal ones count for neither)."""
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
        total += min(smaller, seen - at_most)
        i = r
        while i <= size:
            tree[i] += 1
            i += i & -i
    print(total)


main()
