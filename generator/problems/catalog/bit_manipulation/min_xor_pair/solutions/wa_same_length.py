"""Wrong: only compares sorted neighbours with the same highest set bit (reasoning that a pair differing in its top
bit can never be closest), falling back to the first pair when no such neighbours exist. A pair across bit lengths
can still win when the values are small: 1, 2, 16, 20 gives 1 XOR 2 = 3, but 16 XOR 20 = 4."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
words = sorted(map(int, data[1:1 + n]))
best = None
for x, y in zip(words, words[1:]):
    if x.bit_length() == y.bit_length() and (best is None or x ^ y < best):
        best = x ^ y
print(words[0] ^ words[1] if best is None else best)
