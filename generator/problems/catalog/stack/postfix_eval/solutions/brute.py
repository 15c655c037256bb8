"""Obviously correct: turn the postfix tokens into a fully parenthesised infix string and let Python evaluate it."""
import sys

data = sys.stdin.read().split()
n = int(data[0])
parts = []
for tok in data[1:1 + n]:
    if tok in ("+", "-", "*"):
        right, left = parts.pop(), parts.pop()
        parts.append(f"({left}){tok}({right})")
    else:
        parts.append(tok)
print(eval(parts[0]))
