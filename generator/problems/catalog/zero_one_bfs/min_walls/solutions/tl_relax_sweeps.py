"""Too slow: relaxes every cell from its four neighbours in reading order, sweep after sweep, until nothing changes.
Costs flow down and right within one sweep but up and left only one cell per sweep: a zig-zag corridor needs
O(H·W) sweeps."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    h, w = int(data[0]), int(data[1])
    cost = [0 if ch == 46 else 1 for row in data[2:2 + h] for ch in row]
    total = h * w
    INF = total + 1
    dist = [INF] * total
    dist[0] = 0
    changed = True
    while changed:
        changed = False
        for x in range(total):
            r, c = divmod(x, w)
            best = dist[x]
            if r > 0 and dist[x - w] + cost[x] < best:
                best = dist[x - w] + cost[x]
            if r < h - 1 and dist[x + w] + cost[x] < best:
                best = dist[x + w] + cost[x]
            if c > 0 and dist[x - 1] + cost[x] < best:
                best = dist[x - 1] + cost[x]
            if c < w - 1 and dist[x + 1] + cost[x] < best:
                best = dist[x + 1] + cost[x]
            if best < dist[x]:
                dist[x] = best
                changed = True
    print(dist[total - 1])


main()
