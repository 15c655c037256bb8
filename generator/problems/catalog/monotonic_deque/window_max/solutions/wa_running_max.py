"""Wrong: keeps a running maximum (the larger of the last answer and the new value); a maximum that has left the
window is never replaced."""
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
a = list(map(int, data[2:2 + n]))
best = max(a[:k])
out = [best]
for i in range(k, n):
    best = max(best, a[i])
    out.append(best)
sys.stdout.write(" ".join(map(str, out)) + "\n")
