"""Too slow: keeps the prefix sums of A - K in a sorted Python list, counting the earlier ones <= each new one with
bisect and adding it with bisect.insort. Each insort shifts every larger element: O(N^2) moves when the prefix sums
keep falling (max falling test), though the moves are fast memmoves and random data hides it."""
import sys
from bisect import bisect_right, insort


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    seen = [0]
    total = count = 0
    for i in range(n):
        total += int(data[2 + i]) - k
        count += bisect_right(seen, total)
        insort(seen, total)
    print(count)


main()
