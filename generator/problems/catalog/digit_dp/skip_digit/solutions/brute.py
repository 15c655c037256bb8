"""Obviously correct for small N: write every number from 1 to N and look for the digit."""
import sys

data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    n, d = int(data[1 + 2 * i]), data[2 + 2 * i]
    print(sum(1 for x in range(1, n + 1) if d not in str(x)))
