"""Reference: backtracking column by column, from the last column (ones) to the first, carrying as in written
addition. In each column the letters of the two addends get digits (tried only among unused digits, never 0 for
a leading letter); the column's sum plus the carry then fixes the result's digit in that column, so an assigned
result letter with another digit, or a fixed digit already taken by another letter, cuts the branch at once.
After the last column the carry must be 0. The recursion depth is at most three steps per column (<= 30)."""
import sys


def count(puzzle):
    left, result = puzzle.split("=")
    x, y = left.split("+")
    if max(len(x), len(y)) > len(result):  # an addend with more digits than the sum (its lead is not 0)
        return 0
    nonzero = {w[0] for w in (x, y, result)}
    steps = []  # ("add", letter) and ("col", result letter), column by column from the ones
    for c in range(len(result)):
        for w in (x, y):
            if c < len(w):
                steps.append(("add", w[-1 - c]))
        steps.append(("col", result[-1 - c]))
    digit = {}
    used = [False] * 10

    def search(k, column, carry):
        if k == len(steps):
            return 1 if carry == 0 else 0
        kind, letter = steps[k]
        if kind == "add":
            if letter in digit:
                return search(k + 1, column + digit[letter], carry)
            total = 0
            for d in range(1 if letter in nonzero else 0, 10):
                if not used[d]:
                    used[d], digit[letter] = True, d
                    total += search(k + 1, column + d, carry)
                    used[d] = False
                    del digit[letter]
            return total
        s = column + carry
        d, carry = s % 10, s // 10
        if letter in digit:
            return search(k + 1, 0, carry) if digit[letter] == d else 0
        if used[d] or (d == 0 and letter in nonzero):
            return 0
        used[d], digit[letter] = True, d
        total = search(k + 1, 0, carry)
        used[d] = False
        del digit[letter]
        return total

    return search(0, 0, 0)


def main():
    data = sys.stdin.read().split()
    t = int(data[0])
    print("\n".join(str(count(p)) for p in data[1:1 + t]))


main()
