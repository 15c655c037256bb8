"""Wrong: reads the numbers character by character and adds a number when an operator ends it, but never adds the
number that the end of the line ends."""
import sys


def main():
    expr = sys.stdin.readline().strip()
    total, minus_seen, cur = 0, False, ""
    for ch in expr:
        if ch in "+-":
            total += -int(cur) if minus_seen else int(cur)
            if ch == "-":
                minus_seen = True
            cur = ""
        else:
            cur += ch
    print(total)


main()
