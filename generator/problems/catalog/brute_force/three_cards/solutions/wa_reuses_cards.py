import sys

data = sys.stdin.read().split()
n, m = int(data[0]), int(data[1])
a = sorted(map(int, data[2:2 + n]))
best = 0
for i in range(n - 2):  # fix the smallest card, two pointers for the other two
    j, k = i, n - 1  # may pick the same card twice or three times
    while j <= k:
        s = a[i] + a[j] + a[k]
        if s > m:
            k -= 1
        else:
            if s > best:
                best = s
            j += 1
print(best)
