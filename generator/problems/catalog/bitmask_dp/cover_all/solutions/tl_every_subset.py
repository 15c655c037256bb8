"""Too slow: the natural search, take or skip each offer in turn, 2^M branches (pruned only when everything is
covered). Recursion depth is at most M."""
import sys

sys.setrecursionlimit(10000)


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
    full = (1 << n) - 1
    best = [-1]

    def search(i, covered, total):
        if covered == full:
            if best[0] == -1 or total < best[0]:
                best[0] = total
            return
        if i == m:
            return
        search(i + 1, covered | offers[i][1], total + offers[i][0])
        search(i + 1, covered, total)

    search(0, 0, 0)
    print(best[0])


main()
