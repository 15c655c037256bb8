"""Obviously correct: the best point is one of the given points (the total is piecewise linear between them);
try each and keep the smallest best one."""
import sys

data = sys.stdin.read().split()
a = [int(x) for x in data[1:1 + int(data[0])]]
print(*min((sum(abs(x - p) for x in a), p) for p in a)[::-1])
