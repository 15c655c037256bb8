import sys

data = sys.stdin.buffer.read().split()
k = int(data[0])
moves = sorted(int(x) for x in data[1:1 + k])
q = int(data[1 + k])
ns = [int(x) for x in data[2 + k:2 + k + q]]
top = max(ns)
best = [0] * (top + 1)  # best[n]: the smallest move that leaves a losing count, 0 if n is a losing count
for n in range(1, top + 1):
    for s in moves:
        if s > n:
            break
        if best[n - s] == 0:
            best[n] = s
            break
sys.stdout.write("\n".join(f"First {best[n]}" if best[n] else "Second" for n in ns) + "\n")
