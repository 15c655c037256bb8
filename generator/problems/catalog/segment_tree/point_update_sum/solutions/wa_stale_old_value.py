"""Wrong: adds the difference v - a_i but never stores the new a_i, so a second change of the same
position uses a stale old value."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = [0] + [int(x) for x in data[2:2 + n]]
    tree = a[:]
    for i in range(1, n + 1):  # linear build: push each node into its parent
        j = i + (i & -i)
        if j <= n:
            tree[j] += tree[i]
    out = []
    pos = 2 + n
    for _ in range(q):
        kind, x, y = data[pos], int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        if kind == b"1":
            diff = y - a[x]
            while x <= n:
                tree[x] += diff
                x += x & -x
        else:
            total = 0
            r = y
            while r > 0:
                total += tree[r]
                r &= r - 1
            x -= 1
            while x > 0:
                total -= tree[x]
                x &= x - 1
            out.append(total)
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
