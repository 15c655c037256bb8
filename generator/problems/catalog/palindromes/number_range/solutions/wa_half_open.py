"""Wrong: leaves B out of the range (range(A, B))."""
import sys

a, b = map(int, sys.stdin.read().split())
print(sum(1 for x in range(a, b) if str(x) == str(x)[::-1]))
