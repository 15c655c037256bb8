"""Too slow: a plain list scanned for the most urgent on every call (quadratic when everyone waits first)."""
import sys

lines = sys.stdin.read().split("\n")
waiting = []
out = []
for arrival in range(1, int(lines[0]) + 1):
    parts = lines[arrival].split()
    if parts[0] == "+":
        waiting.append((-int(parts[2]), arrival, parts[1]))
    elif not waiting:
        out.append("EMPTY")
    else:
        best = min(waiting)
        waiting.remove(best)
        out.append(best[2])
print("\n".join(out))
