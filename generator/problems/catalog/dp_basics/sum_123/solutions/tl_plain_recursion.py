"""Too slow: the recurrence as a recursive function with no table; the same lengths are counted again and again
(about 1.2 * 10^9 calls for N = 35)."""
import sys

sys.setrecursionlimit(100000)
MOD = 1_000_000_007


def ways(n):
    if n < 0:
        return 0
    if n == 0:
        return 1
    return (ways(n - 3) + ways(n - 2) + ways(n - 1)) % MOD


data = sys.stdin.buffer.read().split()
t = int(data[0])
out = [ways(int(data[k])) for k in range(1, t + 1)]
sys.stdout.write("\n".join(map(str, out)) + "\n")
