"""Obviously correct: try every x from 0 below m*n (the pattern of remainder pairs repeats with period lcm <= m*n)."""
import sys

data = sys.stdin.read().split()
t = int(data[0])
for i in range(t):
    m, a, n, b = (int(v) for v in data[1 + 4 * i:5 + 4 * i])
    print(next((x for x in range(m * n) if x % m == a and x % n == b), -1))
