"""A sample's explanation from its input: reads {"input", "output", "language", "params"} as JSON.
Shows the line from front to back after every round (the front leaves for good, the next one moves to the back)."""
import json
import sys
from collections import deque

case = json.load(sys.stdin)
ko = case["language"] == "ko"
toks = case["input"].split()
n = int(toks[0])
line = deque(toks[1:1 + n])
states, gone = [" ".join(line)], []
while len(line) > 1:
    gone.append(line.popleft())
    line.append(line.popleft())
    states.append(" ".join(line))
trace = " → ".join(f"`{s}`" for s in states)
if ko:
    if not gone:
        print(f"하나뿐이므로 아무것도 빼내지 않고 {line[0]}만 출력합니다.")
    else:
        print(f"처음 상태와 매 단계(맨 앞을 빼내고, 새로 맨 앞이 된 것을 맨 뒤로 옮김) 뒤의 순서를 맨 앞부터 적으면 {trace}입니다. "
              f"빠지는 순서: {', '.join(gone)}. 마지막에 남는 수는 {line[0]}입니다.")
else:
    if not gone:
        print(f"There is only one, so nothing is taken out and {line[0]} is printed.")
    else:
        print(f"From front to back, at the start and after each round (the front one leaves for good, the new front one "
              f"moves to the back): {trace}. So {', '.join(gone)} are taken out in this order, and {line[0]} remains.")
