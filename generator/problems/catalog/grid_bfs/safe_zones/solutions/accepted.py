"""Reference: for every level that can matter (0 and each height below the highest), flood fill the cells above it
and count the fills; the answer is the largest count. A padded grid (border height 0) needs no bounds checks."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    w = m + 2
    height = [0] * ((n + 2) * w)
    pos = 2
    for r in range(1, n + 1):
        base = r * w
        for c in range(1, m + 1):
            height[base + c] = int(data[pos])
            pos += 1
    top = max(height)
    # Between two heights that occur nothing changes, so r = 0 and every height below the top cover all cases.
    levels = sorted({0} | {h for h in height if 0 < h < top})
    steps = (-w, w, -1, 1)
    best = 0
    for r in levels:
        seen = bytearray(1 if h <= r else 0 for h in height)
        zones = 0
        for s in range(len(height)):
            if seen[s]:
                continue
            zones += 1
            seen[s] = 1
            stack = [s]
            while stack:
                x = stack.pop()
                for d in steps:
                    y = x + d
                    if not seen[y]:
                        seen[y] = 1
                        stack.append(y)
        if zones > best:
            best = zones
    print(best)


main()
