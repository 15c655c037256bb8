"""Wrong: compares neighbours in input order, forgetting to sort first."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
words = list(map(int, data[1:1 + n]))
print(min(x ^ y for x, y in zip(words, words[1:])))
