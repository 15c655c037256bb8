"""Wrong: when both signs occur it only mixes a negative value with a non-negative one (an acid with an alkali),
but two values of one sign can be the best pair (-10, 1, 2: 1 + 2 = 3)."""
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    values = sorted(int(x) for x in data[1:1 + n])
    negative = [v for v in values if v < 0]
    positive = [v for v in values if v >= 0]
    if not negative:
        print(positive[0] + positive[1])
        return
    if not positive:
        print(-(negative[-1] + negative[-2]))
        return
    best = None
    j = len(positive) - 1
    for a in negative:  # increasing a: its best partner moves left
        while j > 0 and abs(a + positive[j - 1]) <= abs(a + positive[j]):
            j -= 1
        if best is None or abs(a + positive[j]) < best:
            best = abs(a + positive[j])
    print(best)


main()
