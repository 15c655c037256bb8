import sys

data = sys.stdin.buffer.read().split()
k = int(data[0])
moves = sorted(int(x) for x in data[1:1 + k])
q = int(data[1 + k])
ns = [int(x) for x in data[2 + k:2 + k + q]]
top = max(ns)
win = [False] * (top + 1)
win[0] = True  # no stones left: the opponent took the last one
best = [0] * (top + 1)
for n in range(1, top + 1):
    for s in moves:
        if s > n:
            break
        if not win[n - s]:
            win[n], best[n] = True, s
            break
sys.stdout.write("\n".join(f"First {best[n]}" if win[n] else "Second" for n in ns) + "\n")
