"""Obviously correct: the first start i whose suffix is a palindrome; the i letters before it are appended."""
import sys

data = sys.stdin.read().split()
n, s = int(data[0]), data[1]
print(next(i for i in range(n) if s[i:] == s[i:][::-1]))
