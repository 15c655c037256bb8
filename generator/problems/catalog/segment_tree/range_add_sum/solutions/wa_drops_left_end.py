"""Wrong: a range sum as prefix(r) - prefix(l), which drops element l."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    base = [0] * (n + 1)
    for i in range(n):
        base[i + 1] = base[i] + int(data[2 + i])
    t1 = [0] * (n + 2)  # sums of d
    t2 = [0] * (n + 2)  # sums of d[j] * (j - 1)

    def add(pos: int, v: int) -> None:
        w = v * (pos - 1)
        while pos <= n:
            t1[pos] += v
            t2[pos] += w
            pos += pos & -pos

    def prefix(i: int) -> int:
        s1 = s2 = 0
        pos = i
        while pos > 0:
            s1 += t1[pos]
            s2 += t2[pos]
            pos -= pos & -pos
        return base[i] + i * s1 - s2

    out = []
    k = 2 + n
    for _ in range(q):
        if data[k] == b"1":
            l, r, v = int(data[k + 1]), int(data[k + 2]), int(data[k + 3])
            add(l, v)
            add(r + 1, -v)
            k += 4
        else:
            l, r = int(data[k + 1]), int(data[k + 2])
            out.append(prefix(r) - prefix(l))
            k += 3
    sys.stdout.write("\n".join(map(str, out)) + "\n")


main()
