"""Too slow: keeps the left part in a sorted list and places each value by scanning from the top down to its slot
(an insertion-sort step), so the scan also counts the larger values on the left: O(N) per element, O(N^2) in all.
(bisect.insort only moves memory for the same shift, about 2x the time limit at N = 2*10^5: not clearly too slow.)"""
import sys
from bisect import bisect_right


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = list(map(int, data[1:n + 1]))
    ordered = sorted(values)
    left: list[int] = []
    total = 0
    for j, v in enumerate(values):
        slot = len(left)
        while slot > 0 and left[slot - 1] >= v:  # every value >= v on the left is passed over
            slot -= 1
        not_smaller = len(left) - slot
        smaller_left = slot
        equal_left = 0
        while equal_left < not_smaller and left[slot + equal_left] == v:
            equal_left += 1
        larger_left = not_smaller - equal_left
        larger_right = (n - bisect_right(ordered, v)) - larger_left
        total += smaller_left * larger_right
        left.insert(slot, v)
    print(total)


main()
