"""Unbounded knapsack: dp[c] = best value with total weight <= c; the capacity loop runs forward, so dp[c - w]
may already contain the same kind (any number of copies)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, cap = int(data[0]), int(data[1])
    dp = [0] * (cap + 1)
    for i in range(n):
        w, v = int(data[2 + 2 * i]), int(data[3 + 2 * i])
        for c in range(w, cap + 1):
            if dp[c - w] + v > dp[c]:
                dp[c] = dp[c - w] + v
    print(dp[cap])


main()
