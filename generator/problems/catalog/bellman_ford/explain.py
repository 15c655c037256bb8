"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON."""
import json
import sys

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
out = case["output"].split()
n = int(case["input"].split()[0])
if variant == "from_one":
    if out == ["CYCLE"]:
        print("1번 정점에서 갈 수 있는 곳에 한 바퀴 합이 음수인 사이클이 있으므로 CYCLE입니다." if ko else
              "A cycle with a negative total can be reached from vertex 1, so the answer is CYCLE.")
    else:
        unreachable = out.count("INF")
        best = min((int(x), i + 1) for i, x in enumerate(out) if x != "INF")
        said = [f"가장 작은 값은 {best[1]}번 정점의 {best[0]}입니다." if ko else
                f"The smallest value is {best[0]}, at vertex {best[1]}."]
        if unreachable:
            said.append(f"1번에서 갈 수 없는 정점 {unreachable}개는 INF입니다." if ko else
                        f"{unreachable} {'vertex is' if unreachable == 1 else 'vertices are'} unreachable (INF).")
        print(" ".join(said))
else:  # unbounded_score
    if out == ["INFINITE"]:
        print(f"1번에서 갈 수 있고 {n}번으로 이어지는, 한 바퀴 합이 양수인 사이클을 계속 돌 수 있으므로 INFINITE입니다." if ko else
              f"A cycle with a positive total can be reached from vertex 1 and leads on to vertex {n}; going round it "
              f"again and again makes the total unbounded.")
    else:
        print(f"{n}번 정점에서 끝낼 때 얻을 수 있는 최대 합계는 {out[0]}입니다." if ko else
              f"The largest total with which vertex {n} can be reached is {out[0]}.")
