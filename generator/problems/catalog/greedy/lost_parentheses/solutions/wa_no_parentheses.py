"""Wrong: evaluates the expression as written, left to right, as if no parentheses could be added."""
import sys


def main():
    expr = sys.stdin.readline().strip()
    total, sign, cur = 0, 1, ""
    for ch in expr:
        if ch in "+-":
            total += sign * int(cur)
            sign = 1 if ch == "+" else -1
            cur = ""
        else:
            cur += ch
    total += sign * int(cur)
    print(total)


main()
