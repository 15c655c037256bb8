"""Obviously correct: simulate the three counters year by year, exactly as the statement describes."""
import sys

p, q, r, e, s, m = map(int, sys.stdin.read().split())
name, year, answer = (1, 1, 1), 1, -1
for _ in range(p * q * r + 5):
    if name == (e, s, m):
        answer = year
        break
    a, b, c = name
    name = (1 if a == p else a + 1, 1 if b == q else b + 1, 1 if c == r else c + 1)
    year += 1
print(answer)
