"""Too slow: prefix sums, rebuilt (lazily, before the next query) after every change: O(N) per change, O(NQ) when
changes and queries alternate."""
import sys
from itertools import accumulate


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    prefix = [0, *accumulate(a)]
    dirty = False
    out = []
    pos = 2 + n
    for _ in range(q):
        kind, x, y = data[pos], int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        if kind == b"1":
            a[x - 1] = y
            dirty = True
        else:
            if dirty:
                prefix = [0, *accumulate(a)]
                dirty = False
            out.append(prefix[y] - prefix[x - 1])
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
