"""Wrong: compares only the first and the last digit."""
import sys

a, b = map(int, sys.stdin.read().split())
print(sum(1 for x in range(a, b + 1) if str(x)[0] == str(x)[-1]))
