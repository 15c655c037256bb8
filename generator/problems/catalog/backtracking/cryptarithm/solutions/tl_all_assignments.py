"""Too slow: tries every injective assignment of digits to the letters (up to 10!/(10-k)! for k letters, 3.6
million at k = 10) and only then checks the sum; no partial assignment is ever cut off."""
import sys
from itertools import permutations


def count(puzzle):
    left, z = puzzle.split("=")
    x, y = left.split("+")
    letters = "".join(sorted(set(x + y + z)))
    leads = [letters.index(w[0]) for w in (x, y, z) if len(w) > 1]
    good = 0
    for digits in permutations("0123456789", len(letters)):
        if any(digits[i] == "0" for i in leads):
            continue
        table = str.maketrans(letters, "".join(digits))
        good += int(x.translate(table)) + int(y.translate(table)) == int(z.translate(table))
    return good


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    print("\n".join(str(count(p)) for p in data[1:1 + t]))


main()
