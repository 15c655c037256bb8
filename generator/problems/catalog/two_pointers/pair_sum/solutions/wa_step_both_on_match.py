"""Wrong: on a match counts one pair and moves both pointers, missing the pairs made by runs of equal values."""
import sys

data = sys.stdin.buffer.read().split()
n, x = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
i, j, pairs = 0, n - 1, 0
while i < j:
    s = a[i] + a[j]
    if s < x:
        i += 1
    elif s > x:
        j -= 1
    else:
        pairs += 1
        i += 1
        j -= 1
print(pairs)
