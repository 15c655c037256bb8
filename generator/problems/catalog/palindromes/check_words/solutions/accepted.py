"""Fold case, then a word is a palindrome exactly when it equals its reverse."""
import sys

lines = sys.stdin.read().split()
out = []
for word in lines[1:1 + int(lines[0])]:
    folded = word.lower()
    out.append("YES" if folded == folded[::-1] else "NO")
print("\n".join(out))
