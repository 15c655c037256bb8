"""Wrong: rebuilds ONE longest subsequence (patience sorting with predecessors) and prints its positions; other
longest subsequences may use other positions."""
import sys
from bisect import bisect_left

data = sys.stdin.buffer.read().split()
n = int(data[0])
a = list(map(int, data[1:1 + n]))
tails, tail_at, prev = [], [], [-1] * n
for i, x in enumerate(a):
    k = bisect_left(tails, x)
    if k == len(tails):
        tails.append(x)
        tail_at.append(i)
    else:
        tails[k] = x
        tail_at[k] = i
    prev[i] = tail_at[k - 1] if k else -1
used, i = [], tail_at[-1]
while i >= 0:
    used.append(i + 1)
    i = prev[i]
used.reverse()
print(len(used))
print(" ".join(map(str, used)))
