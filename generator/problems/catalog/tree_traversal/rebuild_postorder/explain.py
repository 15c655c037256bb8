"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON.
Shows the one tree that has both orders, as each node's (left child, right child) in preorder, and its postorder; how
the tree is found from the two orders is the task and is not said."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}
node = texts.get("node", "정점" if ko else "vertex")
tokens = case["input"].split()
n = int(tokens[0])
pre, ino = tokens[1:n + 1], tokens[n + 1:2 * n + 1]
where = {v: i for i, v in enumerate(ino)}
children = {}  # node -> (left, right), filled in preorder
stack = [(0, n, 0)]  # (inorder start, inorder end, preorder index of the subtree's root)
while stack:
    lo, hi, p = stack.pop()
    root = pre[p]
    k = where[root]
    left = pre[p + 1] if k > lo else None
    right = pre[p + 1 + (k - lo)] if k + 1 < hi else None
    children[root] = (left, right)
    if right is not None:
        stack.append((k + 1, hi, p + 1 + (k - lo)))
    if left is not None:
        stack.append((lo, k, p + 1))
SHOWN = 8
listed = ", ".join(f"{v}: ({children[v][0] or '–'}, {children[v][1] or '–'})" for v in pre[:SHOWN])
if n > SHOWN:
    listed += ", …"
answer = case["output"].strip()
if ko:
    print(f"두 순서를 모두 만족하는 트리는 하나뿐이며, 전위 순회 순서로 각 {node}의 (왼쪽 자식, 오른쪽 자식)을 적으면 "
          f"{listed}입니다(–: 없음). 이 트리의 후위 순회는 {answer}입니다.")
else:
    print(f"Only one tree has both orders; in preorder, each {node} with its (left child, right child): {listed} "
          f"(–: none). Its postorder is {answer}.")
