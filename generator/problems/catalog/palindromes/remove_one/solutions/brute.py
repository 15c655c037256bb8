"""Obviously correct: the word itself, or the word with any one letter deleted, is a palindrome."""
import sys

data = sys.stdin.read().split()
for w in data[1:1 + int(data[0])]:
    options = [w] + [w[:k] + w[k + 1:] for k in range(len(w))]
    print("YES" if any(o == o[::-1] for o in options) else "NO")
