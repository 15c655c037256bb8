"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
image = case["texts"]["image"]
data = case["input"].split()
n, grid = int(data[0]), data[1:]
answer = case["output"].strip()


def encode(top, left, size):
    first = grid[top][left]
    if all(row[left:left + size] == first * size for row in grid[top:top + size]):
        return first
    h = size // 2
    return "(" + "".join(encode(top + dr, left + dc, h) for dr, dc in ((0, 0), (0, h), (h, 0), (h, h))) + ")"


if n == 1 or answer in ("0", "1"):
    print(f"{image} 전체가 한 가지 색이므로 `{answer}` 하나로 적습니다." if ko else
          f"The whole {image} has one colour, so it is written `{answer}`.")
else:
    h = n // 2
    parts = [encode(dr, dc, h) for dr, dc in ((0, 0), (0, h), (h, 0), (h, h))]
    if ko:
        names = ["왼쪽 위", "오른쪽 위", "왼쪽 아래", "오른쪽 아래"]
        print(f"{n} × {n} {image} 전체에는 두 색이 섞여 있으므로 {h} × {h} 크기의 네 부분으로 나눕니다. "
              + ", ".join(f"{name}: `{part}`" for name, part in zip(names, parts))
              + f". 괄호로 묶으면 답은 `{answer}`입니다.")
    else:
        names = ["top-left", "top-right", "bottom-left", "bottom-right"]
        print(f"The whole {n} × {n} {image} has both colours, so it is cut into four {h} × {h} quarters: "
              + ", ".join(f"{name} `{part}`" for name, part in zip(names, parts))
              + f". In parentheses, in that order, they give `{answer}`.")
