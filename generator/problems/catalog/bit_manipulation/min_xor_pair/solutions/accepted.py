import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
words = sorted(map(int, data[1:1 + n]))
# For x < y < z the highest bit where x and z differ also separates y from x or from z, so
# x ^ z >= min(x ^ y, y ^ z): only neighbours in sorted order can give the minimum.
print(min(x ^ y for x, y in zip(words, words[1:])))
