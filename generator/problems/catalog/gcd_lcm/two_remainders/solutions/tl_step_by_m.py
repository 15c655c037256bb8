"""Walks the numbers with remainder a modulo m (a, a + m, a + 2m, ...) until one has remainder b modulo n, giving up
after n of them: correct, but up to n = 10^9 steps per question."""
import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    m, a, n, b = (int(v) for v in data[1 + 4 * i:5 + 4 * i])
    x, answer = a, -1
    for _ in range(n):
        if x % n == b:
            answer = x
            break
        x += m
    out.append(str(answer))
print("\n".join(out))
