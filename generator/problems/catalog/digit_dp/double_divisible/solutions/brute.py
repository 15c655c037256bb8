"""Obviously correct for small ranges: test every number from A to B."""
import sys

data = sys.stdin.read().split()
t, k = int(data[0]), int(data[1])
for i in range(t):
    a, b = int(data[2 + 2 * i]), int(data[3 + 2 * i])
    print(sum(1 for x in range(a, b + 1) if x % k == 0 and sum(map(int, str(x))) % k == 0))
