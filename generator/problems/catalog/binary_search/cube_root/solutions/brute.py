"""Obviously correct: count x upwards while the next cube still fits."""
import sys

data = sys.stdin.read().split()
for token in data[1:1 + int(data[0])]:
    n, x = int(token), 1
    while (x + 1) ** 3 <= n:
        x += 1
    print(x)
