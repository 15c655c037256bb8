"""Too slow: keeps the left part in a sorted list with bisect.insort (O(N) per insertion, O(N^2) in all)."""
import sys
from bisect import bisect_left, bisect_right, insort


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = list(map(int, data[1:n + 1]))
    ordered = sorted(values)
    left: list[int] = []
    total = 0
    for j, v in enumerate(values):
        smaller_left = bisect_left(left, v)
        larger_left = j - bisect_right(left, v)
        larger_right = (n - bisect_right(ordered, v)) - larger_left
        total += smaller_left * larger_right
        insort(left, v)
    print(total)


main()
