"""Wrong: takes the XOR of the two closest words (smallest difference), which need not be the smallest XOR."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
words = sorted(map(int, data[1:1 + n]))
x, y = min(zip(words, words[1:]), key=lambda p: p[1] - p[0])
print(x ^ y)
