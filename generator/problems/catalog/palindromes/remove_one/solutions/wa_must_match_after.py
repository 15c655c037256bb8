"""Wrong: after the mismatch it skips both letters and asks the inside to be a palindrome (that is a change, not a deletion)."""
import sys


def is_palindrome(s: str, i: int, j: int) -> bool:
    while i < j:
        if s[i] != s[j]:
            return False
        i += 1
        j -= 1
    return True


def at_most_one_deletion(s: str) -> bool:
    i, j = 0, len(s) - 1
    while i < j and s[i] == s[j]:
        i += 1
        j -= 1
    return i >= j or is_palindrome(s, i + 1, j - 1)


def main() -> None:
    data = sys.stdin.read().split()
    t = int(data[0])
    print("\n".join("YES" if at_most_one_deletion(w) else "NO" for w in data[1:1 + t]))


main()
