"""Wrong: greedily cuts off the longest palindrome starting at the current position (`abaab` becomes aba|a|b,
three pieces, but a|baab needs two)."""
import sys


def main() -> None:
    data = sys.stdin.buffer.read().split()
    n, s = int(data[0]), data[1]
    longest_from = list(range(n))  # the last position of the longest palindrome starting at each position
    for t in range(2 * n - 1):
        l = t // 2
        r = t - l
        while l >= 0 and r < n and s[l] == s[r]:
            if r > longest_from[l]:
                longest_from[l] = r
            l -= 1
            r += 1
    pieces, i = 0, 0
    while i < n:
        i = longest_from[i] + 1
        pieces += 1
    print(pieces)


main()
