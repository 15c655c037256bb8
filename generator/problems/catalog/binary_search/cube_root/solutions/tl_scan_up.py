"""Too slow: counts x upwards while the next cube still fits (up to 10^6 steps per number)."""
import sys

data = sys.stdin.buffer.read().split()
out = []
for token in data[1:1 + int(data[0])]:
    n, x = int(token), 1
    while (x + 1) * (x + 1) * (x + 1) <= n:
        x += 1
    out.append(x)
sys.stdout.write("\n".join(map(str, out)) + "\n")
