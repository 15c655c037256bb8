"""Smallest palindrome above X. Mirroring the left half (middle digit included) over the right half gives the
smallest palindrome sharing X's left half; if it is larger than X it is the answer. Otherwise add 1 to the left
half (carrying through 9s) and mirror again. X made of 9s only is the one case that needs one more digit:
10...01. Digits are handled as text (X may have 2*10^5 digits). O(D)."""
import sys


def main() -> None:
    x = sys.stdin.read().split()[1]
    n = len(x)
    if x.count("9") == n:
        print("1" + "0" * (n - 1) + "1")
        return
    half = (n + 1) // 2
    left = list(x[:half])
    mirrored = "".join(left) + "".join(reversed(left[:n // 2]))
    if mirrored > x:  # same length, so comparing the texts compares the numbers
        print(mirrored)
        return
    i = half - 1
    while left[i] == "9":  # the left half is not all 9s here (else the mirror would be 9...9 > X)
        left[i] = "0"
        i -= 1
    left[i] = chr(ord(left[i]) + 1)
    print("".join(left) + "".join(reversed(left[:n // 2])))


main()
