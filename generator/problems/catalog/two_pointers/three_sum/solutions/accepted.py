"""Reference: fix the smallest index i, then two pointers j (from i + 1 up) and k (from N - 1 down) look for
a[j] + a[k] = X - a[i]; values are distinct, so on a match both pointers move. O(N^2)."""
import sys

data = sys.stdin.buffer.read().split()
n, x = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
count = 0
for i in range(n - 2):
    need = x - a[i]
    j, k = i + 1, n - 1
    while j < k:
        pair = a[j] + a[k]
        if pair < need:
            j += 1
        elif pair > need:
            k -= 1
        else:
            count += 1
            j += 1
            k -= 1
print(count)
