"""Reference: ones are always added (1 * x < 1 + x); numbers above 1 are tied two by two from the largest, so an
odd one out is the smallest of them; numbers at most 0 are tied two by two from the most negative, so a negative
left over is the one closest to 0, and it is tied to a 0 when there is one (the 0 sorts right after it)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    big = sorted((x for x in a if x > 1), reverse=True)
    low = sorted(x for x in a if x <= 0)
    total = sum(1 for x in a if x == 1)
    for group in (big, low):
        i = 0
        while i + 1 < len(group):
            total += group[i] * group[i + 1]
            i += 2
        if i < len(group):
            total += group[i]
    print(total)


main()
