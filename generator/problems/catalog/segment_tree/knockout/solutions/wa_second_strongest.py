"""Wrong: reports the strongest player (ties to the smaller number) as the champion, right, but the second
strongest as the final's loser, wherever the two met: when they share a half, they meet before the final.
Kept fast with a sorted list of (strength, number) pairs."""
import bisect
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    s = [0] + [int(x) for x in data[2:2 + n]]
    order = sorted((-s[i], i) for i in range(1, n + 1))  # strongest first, the smaller number first on ties
    out = []
    pos = 2 + n
    for _ in range(q):
        i, x = int(data[pos]), int(data[pos + 1])
        pos += 2
        del order[bisect.bisect_left(order, (-s[i], i))]
        s[i] = x
        bisect.insort(order, (-x, i))
        out.append(f"{order[0][1]} {order[1][1]}")
    sys.stdout.write("\n".join(out) + "\n")


main()
