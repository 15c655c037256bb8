"""Wrong: both players always take the larger end (ties: the left one), which ignores what it opens up."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    i, j, sign, total = 0, n - 1, 1, 0
    while i <= j:
        if a[i] >= a[j]:
            total += sign * a[i]
            i += 1
        else:
            total += sign * a[j]
            j -= 1
        sign = -sign
    print(total)


main()
