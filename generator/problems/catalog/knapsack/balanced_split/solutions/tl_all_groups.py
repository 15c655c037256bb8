"""Too slow: tries every group, O(2^N)."""
import sys


def main():
    data = sys.stdin.read().split()
    n = int(data[0])
    a = [0] + [int(t) for t in data[1:1 + n]]
    total = sum(a)
    half = total // 2
    best, group = -1, []
    for mask in range(1 << n):
        s = sum(a[i + 1] for i in range(n) if mask >> i & 1)
        if best < s <= half:
            best, group = s, [i + 1 for i in range(n) if mask >> i & 1]
    print(total - 2 * best)
    print(len(group), *sorted(group))


main()
