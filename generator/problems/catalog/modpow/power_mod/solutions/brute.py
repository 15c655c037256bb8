"""Obviously correct: multiply by A, B times (small B only)."""
import sys

data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    a, b, m = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    print(a ** b % m)
