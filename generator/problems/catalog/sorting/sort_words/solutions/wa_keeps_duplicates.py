"""Wrong: keeps repeated words."""
import sys

data = sys.stdin.read().split()
words = data[1:1 + int(data[0])]
print("\n".join(sorted(words, key=lambda w: (len(w), w))))
