"""Wrong: ties negative numbers with each other only and adds the zeros, so a negative number left over is
never cancelled by a 0."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    big = sorted((x for x in a if x > 1), reverse=True)
    low = sorted(x for x in a if x < 0)
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
