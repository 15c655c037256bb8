"""A sample's explanation, computed from the sample: the root, the inorder (the columns) and every level's span
and width."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = [int(t) for t in case["input"].split()]
n = tokens[0]
kids = {tokens[1 + 3 * i]: (tokens[2 + 3 * i], tokens[3 + 3 * i]) for i in range(n)}
children = {c for pair in kids.values() for c in pair if c}
root = next(v for v in sorted(kids) if v not in children)
level, queue = {root: 1}, [root]
for v in queue:
    for c in kids[v]:
        if c:
            level[c] = level[v] + 1
            queue.append(c)
order, stack, v = [], [], root
while stack or v:
    while v:
        stack.append(v)
        v = kids[v][0]
    v = stack.pop()
    order.append(v)
    v = kids[v][1]
column = {v: k + 1 for k, v in enumerate(order)}
spans = []
for d in range(1, max(level.values()) + 1):
    cols = [column[v] for v in level if level[v] == d]
    spans.append((d, min(cols), max(cols)))
inorder = " ".join(map(str, order))
widest = max(hi - lo + 1 for _, lo, hi in spans)
tied = [d for d, lo, hi in spans if hi - lo + 1 == widest]
if ko:
    parts = [f"레벨 {d}: {lo}열" + (f"–{hi}열" if hi > lo else "") + f", 너비 {hi - lo + 1}" for d, lo, hi in spans]
    tie = (f" 너비가 가장 큰 레벨이 여럿(레벨 {', '.join(map(str, tied))}, 너비 {widest})이면 번호가 가장 작은 레벨을 "
           f"답하므로 답은 레벨 {tied[0]}입니다." if len(tied) > 1 else "")
    print(f"루트는 누구의 자식도 아닌 {root}번입니다. 중위 순회는 {inorder}이므로 이 순서대로 1열, 2열, …에 놓입니다. "
          + "; ".join(parts) + "." + tie)
else:
    parts = [f"level {d}: column{'s' if hi > lo else ''} {lo}" + (f"–{hi}" if hi > lo else "") + f", width {hi - lo + 1}"
             for d, lo, hi in spans]
    text = "; ".join(parts)
    tie = (f" Levels {', '.join(map(str, tied[:-1]))} and {tied[-1]} share the largest width {widest}, so the smallest, "
           f"{tied[0]}, is printed." if len(tied) > 1 else "")
    print(f"The root is {root}, the one nobody names as a child. The inorder is {inorder}, so these go to columns 1, "
          f"2, … in this order. " + text[0].upper() + text[1:] + "." + tie)
