import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
poly = [(int(data[1 + 2 * i]), int(data[2 + 2 * i])) for i in range(n)]
q = int(data[1 + 2 * n])
edges = [(poly[i], poly[(i + 1) % n]) for i in range(n)]
out = []
for k in range(q):
    px, py = int(data[2 + 2 * n + 2 * k]), int(data[3 + 2 * n + 2 * k])
    inside = False
    where = None
    for (ax, ay), (bx, by) in edges:
        cross = (bx - ax) * (py - ay) - (by - ay) * (px - ax)
        if cross == 0 and min(ax, bx) <= px <= max(ax, bx) and min(ay, by) <= py <= max(ay, by):
            where = "ON"  # on this edge
            break
        if (ay > py) != (by > py):  # the edge crosses the line y = py
            x_cross = ax + (py - ay) * (bx - ax) / (by - ay)  # in floating point: rounds near 10^9
            if px < x_cross:
                inside = not inside
    out.append(where or ("IN" if inside else "OUT"))
print("\n".join(out))
