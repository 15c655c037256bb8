"""Wrong: stops the inner walk at the first match, so at most one triple is counted per smallest value."""
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
            break
print(count)
