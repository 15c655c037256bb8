"""Obviously correct: try every x from 0 while a*x <= c and check whether the rest is a multiple of b."""
import sys

data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    a, b, c = int(data[1 + 3 * i]), int(data[2 + 3 * i]), int(data[3 + 3 * i])
    print(sum(1 for x in range(c // a + 1) if (c - a * x) % b == 0))
