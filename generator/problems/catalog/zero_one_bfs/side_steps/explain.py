"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the grid's cells)."""
import json
import sys

case = json.load(sys.stdin)
ko = case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
cell = texts.get("cell", "칸" if ko else "cell")
cells = texts.get("cells", "cells")
data = case["input"].split()
x, y = int(data[4]), int(data[5])
answer = case["output"].split()[0]
print(f"어느 {cell}이든 오른쪽 이동 수 - 왼쪽 이동 수는 열의 차이로 정해지므로, 왼쪽 이동을 가장 적게 쓰는 경로 하나로 두 "
      f"한도(왼쪽 {x}번, 오른쪽 {y}번)를 함께 확인할 수 있고, 그렇게 닿는 {cell}은(는) {answer}개입니다." if ko else
      f"For every {cell}, rights minus lefts is fixed by its column, so the route with the fewest left moves checks both "
      f"limits (left {x}, right {y}) at once; {answer} {cell if answer == '1' else cells} "
      f"{'passes' if answer == '1' else 'pass'}.")
