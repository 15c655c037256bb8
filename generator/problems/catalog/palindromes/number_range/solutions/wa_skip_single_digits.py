"""Wrong: does not count one-digit numbers as palindromes."""
import sys

a, b = map(int, sys.stdin.read().split())
print(sum(1 for x in range(a, b + 1) if x >= 10 and str(x) == str(x)[::-1]))
