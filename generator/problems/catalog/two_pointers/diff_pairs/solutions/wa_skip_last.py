"""Wrong: the loop stops one step early (j < n - 1), so a pair ending at the last value is never seen."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
count = 0
i, j = 0, 1
while j < n - 1:
    gap = a[j] - a[i]
    if gap < k:
        j += 1
    elif gap > k:
        i += 1
        if i == j:
            j += 1
    else:
        count += 1
        i += 1
        j += 1
print(count)
