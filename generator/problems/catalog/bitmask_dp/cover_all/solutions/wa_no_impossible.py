"""Wrong: the right DP, but it never checks whether every item can be covered and prints the unfilled value."""
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
    inf = 10 ** 9
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
    print(best[full])


main()
