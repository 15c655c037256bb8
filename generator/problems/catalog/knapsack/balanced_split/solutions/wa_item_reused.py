"""Wrong: the subset-sum DP runs the sums upwards, so an item may complete a sum it already helped to
reach: items get reused, the difference is too small and the printed group repeats an index."""
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
        for s in range(w, half + 1):
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
