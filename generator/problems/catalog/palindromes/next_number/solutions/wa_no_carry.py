"""Wrong: adds 1 to the middle digit only, a 9 turning into 0 without carrying into the digit before it."""
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
    left[i] = "0" if left[i] == "9" else chr(ord(left[i]) + 1)
    print("".join(left) + "".join(reversed(left[:n // 2])))


main()
