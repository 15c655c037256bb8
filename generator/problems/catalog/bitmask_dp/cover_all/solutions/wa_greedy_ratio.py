"""Wrong: greedy set cover, always buying the offer with the lowest cost per newly covered item (ties: the
first offer)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    offers, pos = [], 2
    for _ in range(m):
        cost, size = int(data[pos]), int(data[pos + 1])
        cover = 0
        for item in data[pos + 2:pos + 2 + size]:
            cover |= 1 << (int(item) - 1)
        offers.append((cost, cover))
        pos += 2 + size
    full, covered, total = (1 << n) - 1, 0, 0
    while covered != full:
        pick, pick_ratio = None, None
        for cost, cover in offers:
            new = bin(cover & ~covered).count("1")
            if new and (pick_ratio is None or cost / new < pick_ratio):
                pick, pick_ratio = (cost, cover), cost / new
        if pick is None:
            print(-1)
            return
        covered |= pick[1]
        total += pick[0]
    print(total)


main()
