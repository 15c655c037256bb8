"""Wrong: keeps the first number and subtracts every other one, as if parentheses could turn a '+' before the
first '-' into a minus too."""
import re
import sys


def main():
    expr = sys.stdin.readline().strip()
    nums = [int(x) for x in re.split(r"[+-]", expr)]
    print(nums[0] - sum(nums[1:]))


main()
