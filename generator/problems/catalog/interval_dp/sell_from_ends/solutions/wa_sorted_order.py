"""Wrong: ignores the row and sells in increasing order of value (the best order if any item could be sold any
day), which is usually impossible from the ends."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    a = sorted(int(x) for x in data[1:1 + n])
    print(sum(v * day for day, v in enumerate(a, 1)))


main()
