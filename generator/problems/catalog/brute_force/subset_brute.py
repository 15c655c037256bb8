"""Obviously correct: include or skip each number, recursively (only run on small N)."""
import sys

sys.setrecursionlimit(10000)
data = sys.stdin.read().split()
n, s = int(data[0]), int(data[1])
a = [int(x) for x in data[2:2 + n]]


def count(i, total, picked):
    if i == n:
        return 1 if picked and total == s else 0
    return count(i + 1, total + a[i], True) + count(i + 1, total, picked)


print(count(0, 0, False))
