"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
Shows the first split: the root from the preorder and the two sides of it in the inorder."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
tokens = case["input"].split()
n = int(tokens[0])
pre, ino = tokens[1:n + 1], tokens[n + 1:2 * n + 1]
root = pre[0]
k = ino.index(root)
left, right = ino[:k], ino[k + 1:]


def shown(side):
    return " ".join(side) if side else ("없음" if ko else "(none)")


answer = case["output"].strip()
if ko:
    print(f"전위 순회의 첫 번째인 {root}번이 루트입니다. 중위 순회에서 {root}번의 왼쪽 부분({shown(left)})이 왼쪽 "
          f"서브트리, 오른쪽 부분({shown(right)})이 오른쪽 서브트리입니다. 두 서브트리에도 같은 방법을 적용하면 후위 "
          f"순회는 {answer}이며, 루트 {root}번이 맨 끝에 옵니다.")
else:
    print(f"The first vertex of the preorder, {root}, is the root. In the inorder, {shown(left)} left of {root} form "
          f"the left subtree and {shown(right)} right of it the right subtree. Splitting both subtrees the same way "
          f"gives the postorder {answer}, which ends with the root {root}.")
