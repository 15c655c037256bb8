"""Wrong: skips the matching ends and takes only the longest palindromic prefix or suffix of the whole string."""
import sys


def longest_palindromic_prefix(m: str) -> int:
    t = m + "#" + m[::-1]
    pi = [0] * len(t)
    for i in range(1, len(t)):
        j = pi[i - 1]
        c = t[i]
        while j and t[j] != c:
            j = pi[j - 1]
        if t[j] == c:
            j += 1
        pi[i] = j
    return pi[-1]


def main() -> None:
    data = sys.stdin.read().split()
    n, s = int(data[0]), data[1]
    k = 0
    while False:
        k += 1
    middle = s[k:n - k]
    if not middle:
        print(n)
        return
    print(2 * k + max(longest_palindromic_prefix(middle), longest_palindromic_prefix(middle[::-1])))


main()
