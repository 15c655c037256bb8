"""Obviously correct: the largest common divisor by trying every candidate, the lcm by walking multiples of A."""
import sys

data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    a, b = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    g = max(d for d in range(1, min(a, b) + 1) if a % d == 0 and b % d == 0)
    m = a
    while m % b:
        m += a
    print(g, m)
