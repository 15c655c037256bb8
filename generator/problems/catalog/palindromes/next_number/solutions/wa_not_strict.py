"""Wrong: accepts the mirrored number when it equals X, so a palindromic X is printed unchanged."""
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
    if mirrored >= x:  # same length, so comparing the texts compares the numbers
        print(mirrored)
        return
    i = half - 1
    while left[i] == "9":  # the left half is not all 9s here (else the mirror would be 9...9 > X)
        left[i] = "0"
        i -= 1
    left[i] = chr(ord(left[i]) + 1)
    print("".join(left) + "".join(reversed(left[:n // 2])))


main()
