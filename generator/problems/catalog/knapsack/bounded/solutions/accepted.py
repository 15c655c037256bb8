"""Bounded knapsack: split a count c into parts 1, 2, 4, ..., rest (every amount 0..c is a sum of some parts),
then a 0/1 knapsack over the parts."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    pieces = []
    for i in range(n):
        w, v, c = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        c = min(c, cap // w)
        k = 1
        while c > 0:
            t = min(k, c)
            pieces.append((w * t, v * t))
            c -= t
            k *= 2
    dp = [0] * (cap + 1)
    for w, v in pieces:
        dp = dp[:w] + [a if a >= b + v else b + v for a, b in zip(dp[w:], dp)]
    print(dp[cap])


main()
