"""Check every number from A to B: it is a palindrome when its decimal digits equal their reverse."""
import sys

a, b = map(int, sys.stdin.read().split())
print(sum(1 for x in range(a, b + 1) if str(x) == str(x)[::-1]))
