"""Wrong: the split into 1, 2, 4, ... stops at the last full power of two, dropping the remainder piece."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    pieces = []
    for i in range(n):
        w, v, c = int(data[2 + 3 * i]), int(data[3 + 3 * i]), int(data[4 + 3 * i])
        c = min(c, cap // w)
        k = 1
        while c >= k:
            t = k
            pieces.append((w * t, v * t))
            c -= t
            k *= 2
    dp = [0] * (cap + 1)
    for w, v in pieces:
        dp = dp[:w] + [a if a >= b + v else b + v for a, b in zip(dp[w:], dp)]
    print(dp[cap])


main()
