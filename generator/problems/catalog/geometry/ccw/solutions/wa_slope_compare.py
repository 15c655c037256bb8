import sys

data = sys.stdin.buffer.read().split()
t = int(data[0])
out = []


def slope(ax, ay, bx, by):
    return float("inf") if bx == ax else (by - ay) / (bx - ax)


for i in range(t):
    x1, y1, x2, y2, x3, y3 = map(int, data[1 + 6 * i:7 + 6 * i])
    s1, s2 = slope(x1, y1, x2, y2), slope(x2, y2, x3, y3)  # a left turn makes the path steeper
    out.append(1 if s2 > s1 else -1 if s2 < s1 else 0)
sys.stdout.write("\n".join(map(str, out)) + "\n")
