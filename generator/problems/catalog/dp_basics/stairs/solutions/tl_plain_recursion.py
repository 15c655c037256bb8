"""Too slow: the recurrence as a recursive function with no table; the same steps are solved again and again
(about 1.32^N calls)."""
import sys

sys.setrecursionlimit(100000)
data = sys.stdin.buffer.read().split()
n = int(data[0])
s = [0] + [int(x) for x in data[1:n + 1]]


def best(i):
    if i == 0:
        return 0
    if i == 1:
        return s[1]
    if i == 2:
        return s[1] + s[2]
    via_pair = best(i - 3) + s[i - 1]
    return s[i] + max(best(i - 2), via_pair)


print(best(n))
