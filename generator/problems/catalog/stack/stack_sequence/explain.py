"""A sample's explanation from its input: reads {"input", "output", "language", "params"} as JSON.
Replays the forced simulation and shows its operations number by number (the witness), without stating the rule
that produces them (an easy task, but the rule is its whole solution)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n = int(toks[0])
order = [int(x) for x in toks[1:1 + n]]

stack, nxt, pieces, written = [], 1, [], []
failed = None  # (wanted number, number on top of it)
for x in order:
    ops = ""
    while nxt <= x:
        stack.append(nxt)
        ops += "+"
        nxt += 1
    if stack[-1] != x:
        failed = (x, stack[-1])
        break
    stack.pop()
    pieces.append(f"{x} `{ops}-`")
    written.append(x)

if failed is None:
    if ko:
        print(f"연산을 적는 수마다 끊어 나누면 {', '.join(pieces)}이고, 각 수는 그 `-` 차례에 스택 맨 위에 "
              "있습니다. 이를 이어 붙인 것이 답입니다.")
    else:
        print(f"The operations, split by the number each one ends by writing: {', '.join(pieces)}; each number is on "
              "top of the stack when its `-` comes. Joined, these give the answer.")
else:
    x, top = failed
    shown = ", ".join(map(str, written))
    if ko:
        before = f"{shown}까지 적고 나면" if len(written) <= 8 else f"앞의 수 {len(written)}개를 적고 나면"
        print(f"{before} 다음에 적을 수는 {x}입니다. 하지만 {x}보다 나중에 넣은 {top}이(가) 아직 스택에서 "
              f"{x} 위에 있어 {x}을(를) 먼저 꺼낼 수 없으므로 NO입니다.")
    else:
        before = f"After {shown} {'is' if len(written) == 1 else 'are'} written" if len(written) <= 8 else \
            f"After the first {len(written)} numbers are written"
        print(f"{before}, the next number to write is {x}. But {top}, pushed after {x} and not written yet, lies on "
              f"top of it in the stack, so {x} cannot be popped next and the answer is NO.")
