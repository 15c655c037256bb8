import sys

# best[i] = best total standing on step i: the step before was i - 1 or i - 2. The ground is step 0.
data = sys.stdin.buffer.read().split()
n = int(data[0])
s = [0] + [int(x) for x in data[1:n + 1]]
best = [0] * (n + 1)
best[1] = s[1]
if n >= 2:
    best[2] = s[1] + s[2]
for i in range(3, n + 1):
    best[i] = s[i] + max(best[i - 2], best[i - 1])
print(best[n])
