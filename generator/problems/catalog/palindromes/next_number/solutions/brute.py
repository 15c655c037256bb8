"""Obviously correct for small X: count up from X + 1 until the number reads the same both ways."""
import sys

y = int(sys.stdin.read().split()[1]) + 1
while str(y) != str(y)[::-1]:
    y += 1
print(y)
