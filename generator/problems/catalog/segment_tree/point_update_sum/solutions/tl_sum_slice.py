"""Too slow: the natural shortcut, a plain list with assignments in place and sum() of the slice per query,
O(NQ) on wide queries."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    out = []
    pos = 2 + n
    for _ in range(q):
        kind, x, y = data[pos], int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        if kind == b"1":
            a[x - 1] = y
        else:
            out.append(sum(a[x - 1:y]))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
