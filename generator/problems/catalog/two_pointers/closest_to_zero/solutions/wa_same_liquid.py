"""Wrong: runs the pointers while lo <= hi, so when they meet one liquid is mixed with itself (2 * a)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = sorted(int(x) for x in data[1:1 + n])
    lo, hi = 0, n - 1
    best = abs(values[lo] + values[hi])
    while lo <= hi:
        total = values[lo] + values[hi]
        if abs(total) < best:
            best = abs(total)
        if total < 0:
            lo += 1
        elif total > 0:
            hi -= 1
        else:
            break
    print(best)


main()
