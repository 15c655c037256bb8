"""Wrong: keeps only the last two values (a register pair) instead of a stack, so deeper values are lost."""
import sys

data = sys.stdin.buffer.read().split()
n = int(data[0])
regs = []
for tok in data[1:1 + n]:
    if tok in (b"+", b"-", b"*"):
        b = regs.pop()
        a = regs.pop() if regs else 0
        regs.append(a + b if tok == b"+" else a - b if tok == b"-" else a * b)
    else:
        regs.append(int(tok))
        if len(regs) > 2:
            del regs[0]
print(regs[-1])
