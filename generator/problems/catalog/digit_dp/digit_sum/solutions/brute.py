"""Obviously correct for small ranges: add up the digits of every number from A to B."""
import sys

data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    a, b, s = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    print(sum(1 for x in range(a, b + 1) if sum(map(int, str(x))) == s))
