"""Too slow: three nested loops, stopping the innermost once the sum passes X: O(N^3) when X is large."""
import sys

data = sys.stdin.buffer.read().split()
n, x = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
count = 0
for i in range(n):
    for j in range(i + 1, n):
        base = a[i] + a[j]
        for k in range(j + 1, n):
            s = base + a[k]
            if s >= x:
                if s == x:
                    count += 1
                break
print(count)
