"""Wrong: ties the numbers at most 0 two by two starting next to 0, so with an odd count the most negative one is
left alone (-5, -3, -2: -3 x -2 - 5 = 1 instead of -5 x -3 - 2 = 13)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = [int(x) for x in data[1:1 + n]]
    big = sorted((x for x in a if x > 1), reverse=True)
    low = sorted((x for x in a if x <= 0), reverse=True)
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
