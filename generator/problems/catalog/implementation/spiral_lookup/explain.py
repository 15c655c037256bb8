"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
first = case["input"].split("\n")[1].split()
answer = case["output"].split("\n")[0].strip()
ko = case["language"] == "ko"
if first[0] == "1":
    r, c = int(first[1]), int(first[2])
    k = max(abs(r), abs(c))
    print(f"첫 질의의 ({r}, {c}) 칸은 max(|r|, |c|) = {k}인 칸들이 이루는 {k}번 고리에 있고, 이 고리의 마지막 수는 "
          f"({k}, {k})의 {(2 * k + 1) ** 2}입니다. 그 칸에서 거꾸로 세면 답은 {answer}입니다." if ko else
          f"The first query's cell ({r}, {c}) lies on ring {k}, the cells with max(|r|, |c|) = {k}; its last number "
          f"{(2 * k + 1) ** 2} is at ({k}, {k}), and counting back from there gives {answer}.")
else:
    v = int(first[1])
    k = 0
    while (2 * k + 1) ** 2 < v:
        k += 1
    print(f"첫 질의의 수 {v}의 자리는 max(|r|, |c|) = {k}인 칸들이 이루는 {k}번 고리(마지막 수 {(2 * k + 1) ** 2})이며, "
          f"칸은 ({answer.replace(' ', ', ')})입니다." if ko else
          f"The first query's number {v} lies on ring {k}, the cells with max(|r|, |c|) = {k} (ending with "
          f"{(2 * k + 1) ** 2}), in cell ({answer.replace(' ', ', ')}).")
