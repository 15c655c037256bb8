"""Wrong: treats r as exclusive, so position r is never looked at."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    size = 1
    while size < n:
        size *= 2
    inf = 1 << 62
    low = [inf] * (2 * size)
    cnt = [0] * (2 * size)
    for i in range(n):
        low[size + i] = int(data[2 + i])
        cnt[size + i] = 1
    for v in range(size - 1, 0, -1):
        a, b = low[2 * v], low[2 * v + 1]
        if a < b:
            low[v], cnt[v] = a, cnt[2 * v]
        elif b < a:
            low[v], cnt[v] = b, cnt[2 * v + 1]
        else:
            low[v], cnt[v] = a, cnt[2 * v] + cnt[2 * v + 1]
    out = []
    pos = 2 + n
    for _ in range(q):
        kind, x, y = data[pos], int(data[pos + 1]), int(data[pos + 2])
        pos += 3
        if kind == b"1":
            v = size + x - 1
            low[v] = y
            v >>= 1
            while v:
                a, b = low[2 * v], low[2 * v + 1]
                if a < b:
                    low[v], cnt[v] = a, cnt[2 * v]
                elif b < a:
                    low[v], cnt[v] = b, cnt[2 * v + 1]
                else:
                    low[v], cnt[v] = a, cnt[2 * v] + cnt[2 * v + 1]
                v >>= 1
        else:
            best, count = inf, 0
            lo, hi = x - 1 + size, max(y - 1, x) + size  # half-open [lo, hi) over the leaves
            while lo < hi:
                if lo & 1:
                    m = low[lo]
                    if m < best:
                        best, count = m, cnt[lo]
                    elif m == best:
                        count += cnt[lo]
                    lo += 1
                if hi & 1:
                    hi -= 1
                    m = low[hi]
                    if m < best:
                        best, count = m, cnt[hi]
                    elif m == best:
                        count += cnt[hi]
                lo >>= 1
                hi >>= 1
            out.append(f"{best} {count}")
    sys.stdout.write("\n".join(out) + "\n")


main()
