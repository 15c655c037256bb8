"""Too slow: the recurrence as a recursive function with no table; ways(n - 2) is counted again inside
ways(n - 1), and so on down (exponentially many calls)."""
import sys

sys.setrecursionlimit(100000)
MOD = 1_000_000_007


def ways(n, k):
    if n <= 1:
        return 1
    return ((k + 1) * ways(n - 2, k) + ways(n - 1, k)) % MOD


n, k = map(int, sys.stdin.read().split())
print(ways(n, k))
