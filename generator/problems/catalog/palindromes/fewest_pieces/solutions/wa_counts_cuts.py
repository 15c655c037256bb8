"""Wrong: prints the number of cuts between pieces (one less than the number of pieces)."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, s = int(data[0]), data[1]
    best = [0] + [n + 1] * n
    previous = bytearray(n + 1)  # ends[r-1]: which l make S[l..r-1] a palindrome
    for r in range(n):
        row = bytearray(n + 1)
        row[r] = 1
        last = s[r]
        for l in range(r - 1, -1, -1):
            if s[l] == last and (r - l < 3 or previous[l + 1]):
                row[l] = 1
        previous = row
        # the last piece S[l..r]: the fewest pieces of S[0..r]
        b = n + 1
        for l in range(r + 1):
            if row[l] and best[l] < b:
                b = best[l]
        best[r + 1] = b + 1
    print(best[n] - 1)


main()
