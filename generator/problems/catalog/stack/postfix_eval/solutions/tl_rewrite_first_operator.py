"""Too slow: repeatedly finds the first operator, replaces it and its two operands by the result, O(N^2)."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
tokens = data[1:1 + n]
while len(tokens) > 1:
    i = 0
    while tokens[i] not in ("+", "-", "*"):
        i += 1
    a, b, op = int(tokens[i - 2]), int(tokens[i - 1]), tokens[i]
    tokens[i - 2:i + 1] = [str(a + b if op == "+" else a - b if op == "-" else a * b)]
print(int(tokens[0]))
