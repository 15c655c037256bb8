"""Wrong: keeps the sums a + b in a set, so a pair (c, d) counts once however many pairs (a, b) match it."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = list(map(int, data[1:1 + 4 * n]))
    a, b, c, d = values[0::4], values[1::4], values[2::4], values[3::4]
    first = set([x + y for x in a for y in b])
    seen = first.__contains__
    total = 0
    for x in c:
        total += sum([seen(-x - y) for y in d])
    print(total)


main()
