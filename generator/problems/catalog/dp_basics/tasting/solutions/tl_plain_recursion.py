"""Too slow: the recurrence as a recursive function with no table; the same prefixes are solved again and again
(exponentially many calls)."""
import sys

sys.setrecursionlimit(100000)
data = sys.stdin.buffer.read().split()
n = int(data[0])
a = [0] + [int(x) for x in data[1:n + 1]]


def best(i):
    if i <= 0:
        return 0
    if i == 1:
        return a[1]
    if i == 2:
        return a[1] + a[2]
    pair = best(i - 3) + a[i - 1] + a[i]
    single = best(i - 2) + a[i]
    return max(pair, single, best(i - 1))


print(best(n))
