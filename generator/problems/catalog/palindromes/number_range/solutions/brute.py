"""Obviously correct: peel the digits off one by one (x % 10), build the reversed number and compare."""
import sys

a, b = map(int, sys.stdin.read().split())
count = 0
for x in range(a, b + 1):
    rev, y = 0, x
    while y:
        rev = rev * 10 + y % 10
        y //= 10
    if rev == x:
        count += 1
print(count)
