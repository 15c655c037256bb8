"""Too slow: the natural shortcut, scanning the range of every question, O(NQ) on wide ranges."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    a = [int(x) for x in data[2:2 + n]]
    out = []
    pos = 2 + n
    for _ in range(q):
        l, r, x = int(data[pos]), int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        out.append(sum(1 for v in a[l - 1:r] if v <= x))
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
