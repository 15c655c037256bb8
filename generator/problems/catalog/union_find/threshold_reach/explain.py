"""A sample's explanation from its executed answer: for the first question, lists which edges are usable. Reads
{"input", "output", "language", "texts"} as JSON (texts: the theme's words for the places, the links and their level)."""
import json
import sys

case = json.load(sys.stdin)
texts = case.get("texts") or {}  # the theme's words, as in the statement
ko = case["language"] == "ko"
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
edge = texts.get("edge", "간선" if ko else "edge")
edges_word = texts.get("edges", "edges")
level = texts.get("level", "등급" if ko else "level")


toks = case["input"].split()
n, m, q = int(toks[0]), int(toks[1]), int(toks[2])
edges = [(int(toks[3 + 3 * i]), int(toks[4 + 3 * i]), int(toks[5 + 3 * i])) for i in range(m)]
s, k = int(toks[3 + 3 * m]), int(toks[4 + 3 * m])
answers = case["output"].split()
usable = [f"{u}↔{v}" for u, v, w in edges if w <= k]
shown = ", ".join(usable[:6]) + (", ..." if len(usable) > 6 else "")
if ko:
    head = f"첫 질문($s = {s}$, $k = {k}$)에서는 {level}이(가) {k} 이하인 {edge} {shown}만 지날 수 있고" if usable else \
        f"첫 질문($s = {s}$, $k = {k}$)에서는 지날 수 있는 {edge}이(가) 없고"
    print(f"{head}, {s}번 {node}에서 갈 수 있는 {node}은(는) {answers[0]}개입니다.")
else:
    one = len(usable) == 1
    head = (f"In the first question ($s = {s}$, $k = {k}$) only the {edge if one else edges_word} {shown} "
            f"{'has' if one else 'have'} {level} at most {k}") if usable else \
        f"In the first question ($s = {s}$, $k = {k}$) no {edge} is usable"
    print(f"{head}; from {node} {s}, {answers[0]} {node + ' is' if answers[0] == '1' else nodes + ' are'} reachable.")
