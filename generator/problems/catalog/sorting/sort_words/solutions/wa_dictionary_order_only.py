"""Wrong: dictionary order only, ignoring the length."""
import sys

data = sys.stdin.read().split()
words = set(data[1:1 + int(data[0])])
print("\n".join(sorted(words)))
