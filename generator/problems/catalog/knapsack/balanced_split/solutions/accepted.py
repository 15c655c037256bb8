"""Reference: 0/1 subset-sum DP up to half the total, remembering for every sum the item that first reached it
(items in order, sums downwards, so each item is used once); the best sum is read back item by item."""
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    a = [0] + [int(t) for t in data[1:1 + n]]
    total = sum(a)
    half = total // 2
    first = [0] * (half + 1)  # 0: not reachable yet; -1: the empty group; i: item i completed this sum first
    first[0] = -1
    for i in range(1, n + 1):
        w = a[i]
        for s in range(half, w - 1, -1):
            if first[s] == 0 and first[s - w] != 0:
                first[s] = i
    best = max(s for s in range(half + 1) if first[s] != 0)
    group = []
    s = best
    while s > 0:
        i = first[s]
        group.append(i)
        s -= a[i]
    print(total - 2 * best)
    print(len(group), *sorted(group))


main()
