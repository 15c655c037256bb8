"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params", "texts"} as JSON
(texts: the theme's words for the places and what a trip adds up)."""
import json
import sys

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
texts = case.get("texts") or {}  # the theme's words, as in the statement
node = texts.get("node", "정점" if ko else "vertex")
nodes = texts.get("nodes", "vertices")
value = texts.get("value", "값" if ko else "value")
gain = texts.get("gain", "값" if ko else "value")


out = case["output"].split()
n = int(case["input"].split()[0])
if variant == "from_one":
    if out == ["CYCLE"]:
        print(f"1번 {node}에서 갈 수 있는 곳에 한 바퀴 합이 음수인 사이클이 있으므로 CYCLE입니다." if ko else
              f"A cycle with a negative total can be reached from {node} 1, so the answer is CYCLE.")
    else:
        unreachable = out.count("INF")
        best = min((int(x), i + 1) for i, x in enumerate(out) if x != "INF")
        said = [f"가장 작은 {value}은(는) {best[1]}번 {node}의 {best[0]}입니다." if ko else
                f"The smallest {value} is {best[0]}, at {node} {best[1]}."]
        if unreachable:
            said.append(f"1번 {node}에서 갈 수 없는 {node} {unreachable}개는 INF입니다." if ko else
                        f"{unreachable} {node + ' is' if unreachable == 1 else nodes + ' are'} unreachable (INF).")
        print(" ".join(said))
else:  # unbounded_score
    if out == ["INFINITE"]:
        print(f"1번 {node}에서 갈 수 있고 {n}번 {node}(으)로 이어지는, 한 바퀴 합이 양수인 사이클을 계속 돌 수 있으므로 "
              "INFINITE입니다." if ko else
              f"A cycle with a positive total can be reached from {node} 1 and leads on to {node} {n}; going round it "
              f"again and again makes the total unbounded.")
    else:
        print(f"{n}번 {node}에서 끝낼 때 {gain} 합계의 최댓값은 {out[0]}입니다." if ko else
              f"The largest total of {gain} with which {node} {n} can be reached is {out[0]}.")
