"""Too slow: ANDs every code of the run (stopping early once nothing is left), up to 10^18 steps per run."""
import sys

data = sys.stdin.buffer.read().split()
q = int(data[0])
out = []
for i in range(q):
    low, high = int(data[1 + 2 * i]), int(data[2 + 2 * i])
    acc = low
    x = low + 1
    while x <= high and acc:
        acc &= x
        x += 1
    out.append(acc)
print("\n".join(map(str, out)))
