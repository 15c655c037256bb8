"""best[k] = fewest palindromic pieces of the prefix S[0..k-1] = min over palindromes S[j..k-1] of best[j] + 1.
The palindrome test is O(1) from the table ends[k-1] (0-based): ends[r][l] = 1 iff S[l..r] is a palindrome, that
is S[l] == S[r] and S[l+1..r-1] is one (or has fewer than two letters), filled for r = 0, 1, ... so row r-1 is
ready. O(N^2) time and table cells."""
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
    print(best[n])


main()
