"""Too slow: from every start, extend the run while it stays steady, tracking its max and min."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    h = list(map(int, data[2:2 + n]))
    best, count = 0, 0
    for left in range(n):
        hi = lo = h[left]
        right = left
        while right + 1 < n:
            v = h[right + 1]
            if max(hi, v) - min(lo, v) > k:
                break
            hi, lo = max(hi, v), min(lo, v)
            right += 1
        length = right - left + 1
        if length > best:
            best, count = length, 1
        elif length == best:
            count += 1
    print(best, count)


main()
