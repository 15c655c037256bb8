"""Wrong: every day sells the cheaper of the two ends (ties: the left one), keeping the dearer one for later;
it never looks at what lies behind an end."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    i, j, total = 0, n - 1, 0
    for day in range(1, n + 1):
        if a[i] <= a[j]:
            total += a[i] * day
            i += 1
        else:
            total += a[j] * day
            j -= 1
    print(total)


main()
