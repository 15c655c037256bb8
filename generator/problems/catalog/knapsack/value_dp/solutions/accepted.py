"""Huge weights, small values: minw[s] = least total weight reaching total value exactly s; the answer is the
largest s with minw[s] <= W."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    INF = 1 << 62
    minw = [0]
    for i in range(n):
        w, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        ext = minw + [INF] * v
        minw = ext[:v] + [a if a <= b + w else b + w for a, b in zip(ext[v:], ext)]
    best = 0
    for s in range(len(minw) - 1, -1, -1):
        if minw[s] <= cap:
            best = s
            break
    print(best)


main()
