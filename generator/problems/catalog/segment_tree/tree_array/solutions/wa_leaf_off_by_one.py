"""Wrong: puts position i at node N+i (as if positions started at 0; the array got two spare cells so nothing
breaks), so each change lands on the next position's leaf and the last one outside the tree. Otherwise the
reference: the sum tree as an array, parents rewritten up to the root."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    t = [0] * (2 * n + 2)  # a little room at the end
    for i in range(n):
        t[n + i] = int(data[2 + i])
    for v in range(n - 1, 0, -1):
        t[v] = t[2 * v] + t[2 * v + 1]
    out = []
    pos = 2 + n
    for _ in range(q):
        i, x = int(data[pos]), int(data[pos + 1])
        pos += 2
        v = n + i
        t[v] = x
        path = [t[v]]
        v //= 2
        while v >= 1:
            t[v] = t[2 * v] + t[2 * v + 1]
            path.append(t[v])
            v //= 2
        out.append(" ".join(map(str, path)))
    sys.stdout.write("\n".join(out) + "\n")


main()
