import sys

# best[i] = best total standing on step i: the step before was i - 2 (a jump), or i - 1 reached by a jump from
# i - 3 (never three steps in a row). The ground is step 0 and scores nothing.
data = sys.stdin.buffer.read().split()
n = int(data[0])
s = [0] + [int(x) for x in data[1:n + 1]]
best = [0] * (n + 1)
best[1] = s[1]
if n >= 2:
    best[2] = s[2]
for i in range(3, n + 1):
    best[i] = s[i] + max(best[i - 2], best[i - 3] + s[i - 1])
print(best[n])
