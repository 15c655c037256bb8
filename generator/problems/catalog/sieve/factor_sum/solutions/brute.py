"""Obviously correct: add every divisor d >= 2 of x that has no divisor between 2 and d - 1."""
import sys

data = sys.stdin.read().split()
q = int(data[0])
for x in map(int, data[1:1 + q]):
    print(sum(d for d in range(2, x + 1) if x % d == 0 and all(d % e for e in range(2, d))))
