"""Wrong: forgets the empty prefix P_0 = 0, so stretches starting at position 1 are missed.

A stretch l..r has a sum divisible by M iff the prefix sums P_{l-1} and P_r leave the same remainder mod M.
Count the prefix sums (P_0 = 0 included) by remainder; each remainder seen c times gives c(c-1)/2 stretches."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    seen = {}
    total = 0
    for i in range(n):
        total += int(data[2 + i])
        r = total % m  # Python's % is never negative for m > 0: -1 and M - 1 are the same remainder
        seen[r] = seen.get(r, 0) + 1
    print(sum(c * (c - 1) // 2 for c in seen.values()))


main()
