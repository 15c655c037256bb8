"""Wrong: ties every positive number two by two from the largest, ones included (2 and 1 tied give 2, not 3)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    big = sorted((x for x in a if x > 0), reverse=True)
    low = sorted(x for x in a if x <= 0)
    total = 0
    for group in (big, low):
        i = 0
        while i + 1 < len(group):
            total += group[i] * group[i + 1]
            i += 2
        if i < len(group):
            total += group[i]
    print(total)


main()
