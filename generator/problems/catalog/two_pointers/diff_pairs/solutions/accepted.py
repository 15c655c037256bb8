"""Reference: both pointers move forward. While a[j] - a[i] is below K, move j; above K, move i; equal, count and
move i (values are distinct, so a[i] has no other partner)."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
count = 0
i, j = 0, 1
while j < n:
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
