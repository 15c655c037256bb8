"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
Names the root's two subtrees and shows where the root sits in each of the three printed orders."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = [int(t) for t in case["input"].split()]
n = tokens[0]
kids = {tokens[1 + 3 * i]: (tokens[2 + 3 * i], tokens[3 + 3 * i]) for i in range(n)}


def subtree(v):
    seen, stack = [], [v] if v else []
    while stack:
        x = stack.pop()
        seen.append(x)
        stack.extend(c for c in kids[x] if c)
    return sorted(seen)


left, right = subtree(kids[1][0]), subtree(kids[1][1])
lines = case["output"].strip().split("\n")


def shown(vertices):
    return "{" + ", ".join(map(str, vertices)) + "}"


def ko_side(side, vertices, last):
    if vertices:
        return f"{side} 서브트리는 {shown(vertices)}" + ("입니다" if last else "")
    return f"{side} 서브트리는 비어 " + ("있습니다" if last else "있고")


def en_side(side, vertices):
    return f"{side} subtree {shown(vertices)}" if vertices else f"an empty {side} subtree"


if ko:
    print(f"루트 1의 {ko_side('왼쪽', left, False)}, {ko_side('오른쪽', right, True)}. 전위 순회는 1을 맨 앞에 "
          f"({lines[0]}), 중위 순회는 두 서브트리 사이에 ({lines[1]}), 후위 순회는 맨 뒤에 ({lines[2]}) 씁니다.")
else:
    print(f"The root 1 has {en_side('left', left)} and {en_side('right', right)}. Preorder writes 1 first "
          f"({lines[0]}), inorder between the two subtrees ({lines[1]}), postorder last ({lines[2]}).")
