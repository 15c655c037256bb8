"""Wrong: ties the numbers above 1 two by two from the smallest, so with an odd count the largest one is left
alone (2, 3, 4: 2 x 3 + 4 = 10 instead of 4 x 3 + 2 = 14)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    big = sorted(x for x in a if x > 1)
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
