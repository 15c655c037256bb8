import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []
for i in range(t):
    x1, y1, x2, y2, x3, y3 = map(float, data[1 + 6 * i:7 + 6 * i])
    cross = (x2 - x1) * (y3 - y1) - (y2 - y1) * (x3 - x1)  # > 0: P3 lies to the left of P1 -> P2
    out.append(1 if cross > 0 else -1 if cross < 0 else 0)
sys.stdout.write("\n".join(map(str, out)) + "\n")
