"""Obviously correct: every substring, longest first, leftmost first; the first palindrome found is the answer."""
import sys

data = sys.stdin.read().split()
s = data[1]
n = len(s)
for length in range(n, 0, -1):
    found = next((s[i:i + length] for i in range(n - length + 1) if s[i:i + length] == s[i:i + length][::-1]), None)
    if found is not None:
        print(length)
        print(found)
        break
