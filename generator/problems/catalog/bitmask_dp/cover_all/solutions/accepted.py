"""Reference: best[mask] = cheapest set of offers covering at least the items in mask. Masks only grow when an
offer is added (mask | cover), so one pass in increasing mask order settles every state before it is used:
best[mask | cover] = min(best[mask | cover], best[mask] + cost). O(2^N * M); offers with the same cover keep only
the cheapest."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    cheapest = {}
    pos = 2
    for _ in range(m):
        cost, size = int(data[pos]), int(data[pos + 1])
        cover = 0
        for item in data[pos + 2:pos + 2 + size]:
            cover |= 1 << (int(item) - 1)
        pos += 2 + size
        if cover not in cheapest or cost < cheapest[cover]:
            cheapest[cover] = cost
    offers = list(cheapest.items())
    full = (1 << n) - 1
    inf = float("inf")
    best = [inf] * (full + 1)
    best[0] = 0
    for mask in range(full + 1):
        here = best[mask]
        if here == inf:
            continue
        for cover, cost in offers:
            target = mask | cover
            if here + cost < best[target]:
                best[target] = here + cost
    print(best[full] if best[full] != inf else -1)


main()
